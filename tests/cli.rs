//! End-to-end tests of the `mmfree` command line: the real binary, run as a user would.

use std::process::Command;

fn mmfree() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mmfree"))
}

#[test]
fn usage_errors_exit_with_code_1_and_help_with_0() {
    let o = mmfree().arg("frobnicate").output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unrecognized subcommand"));
    let o = mmfree().arg("--help").output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("generate"));
}

#[test]
fn a_missing_model_is_an_input_error_naming_it() {
    let o = mmfree().args(["info", "--model", "/nonexistent/model.mmfq"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/model.mmfq"));
}
