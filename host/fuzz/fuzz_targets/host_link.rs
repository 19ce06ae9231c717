//! The host's side of the link: a session whose "board" answers every request with the
//! fuzzer's bytes. HELLO, READ, CHECKSUM, STEP and GENERATE must end in a value or an error.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mmfree::link::{Session, Transport};
use std::time::Duration;

struct Replay {
    data: Vec<u8>,
    at: usize,
}

impl Transport for Replay {
    fn send(&mut self, _bytes: &[u8]) -> anyhow::Result<()> {
        Ok(())
    }
    fn recv(&mut self, buf: &mut [u8], _timeout: Duration) -> anyhow::Result<usize> {
        // A few bytes at a time, so frames split across reads.
        let n = buf.len().min(self.data.len() - self.at).min(7);
        buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

fuzz_target!(|data: &[u8]| {
    let mut s = Session::new(Replay { data: data.to_vec(), at: 0 }, 1_000_000);
    s.timeout = Duration::from_micros(1);
    s.max_retries = 1;
    s.max_data_retries = 1;
    // No waiting for the board's own work (a fuzzed HELLO can claim any clock).
    s.board_time_margin = 0.0;
    let _ = s.hello();
    let _ = s.read(2, 0, 70);
    let _ = s.checksum(4, 0, 100);
    let _ = s.step(3);
    let _ = s.generate(3, 4);
    let _ = s.write(3, 0, &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
});
