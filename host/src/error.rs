//! Error kinds that map to the command line's exit codes:
//! 0 success, 1 usage or input error, 2 board or link failure, 3 verify mismatch.

use std::fmt;

/// The board or the link failed (no answer, wrong board, link errors beyond retries).
#[derive(Debug)]
pub struct LinkError(pub String);

/// What the board holds does not match what was sent.
#[derive(Debug)]
pub struct VerifyError(pub String);

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for LinkError {}
impl std::error::Error for VerifyError {}

/// The exit code for an error: looks through the whole context chain.
pub fn exit_code(e: &anyhow::Error) -> i32 {
    if e.chain().any(|c| c.is::<VerifyError>()) {
        3
    } else if e.chain().any(|c| c.is::<LinkError>()) {
        2
    } else {
        1
    }
}

/// True when the error is a closed stdout (e.g. `mmfree generate | head`): not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
