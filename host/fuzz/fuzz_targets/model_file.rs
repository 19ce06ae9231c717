//! The model file reader on arbitrary bytes: an error or a model that passes its own
//! checks, never a panic. Inputs that do not start with the magic are also tried as the
//! inside of a file (magic, version and the trailing CRC-32 added), so mutations reach
//! the header and section checks instead of stopping at the checksum.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mmfree::model::file;

fn check(b: &[u8]) {
    if let Ok(q) = file::from_bytes(b) {
        let again = file::to_bytes(&q).expect("an accepted model writes back");
        let q2 = file::from_bytes(&again).expect("what we write reads back");
        assert_eq!(file::to_bytes(&q2).unwrap(), again, "write, read, write is stable");
    }
}

fuzz_target!(|data: &[u8]| {
    check(data);
    if !data.starts_with(file::MAGIC) {
        let mut b = file::MAGIC.to_vec();
        b.extend(file::VERSION.to_le_bytes());
        b.extend(data);
        let c = file::crc32(&b);
        b.extend(c.to_le_bytes());
        check(&b);
    }
});
