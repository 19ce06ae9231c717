//! The `mmfree` command: a thin main. Parsing and work live in `mmfree::cli`; errors
//! become exit codes (0 ok, 1 usage or input, 2 board or link, 3 verify mismatch).

use std::process::ExitCode;

fn main() -> ExitCode {
    match mmfree::cli::run(std::env::args_os()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if mmfree::error::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(mmfree::error::exit_code(&e) as u8)
        }
    }
}
