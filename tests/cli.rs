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

fn run_ok(args: &[&str]) -> String {
    let o = mmfree().args(args).output().unwrap();
    assert!(o.status.success(), "mmfree {args:?} failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn the_simulated_board_prints_exactly_what_the_integer_model_prints() {
    let args = ["generate", "ROMEO.", "--tokens", "48", "--seed", "7"];
    let int = run_ok(&[&args[..], &["--backend", "int"]].concat());
    let sim = run_ok(&[&args[..], &["--backend", "sim"]].concat());
    assert_eq!(sim, int);
    assert!(int.starts_with("ROMEO.") && int.len() > 40, "{int}");
    // Greedy, too.
    let g = ["generate", "KING.", "--tokens", "32", "--temperature", "0"];
    assert_eq!(run_ok(&[&g[..], &["--backend", "sim"]].concat()), run_ok(&[&g[..], &["--backend", "int"]].concat()));
}

#[test]
fn the_rust_hdl_board_prints_what_the_integer_model_prints() {
    let args = ["generate", "A", "--tokens", "4", "--temperature", "0"];
    assert_eq!(
        run_ok(&[&args[..], &["--backend", "rust-hdl"]].concat()),
        run_ok(&[&args[..], &["--backend", "int"]].concat())
    );
}

#[test]
fn eval_and_logits_print_the_contracted_keys() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("t.txt");
    std::fs::write(&text, "Full fathom five thy father lies;\nOf his bones are coral made;\n").unwrap();
    let out = run_ok(&["eval", "--text", text.to_str().unwrap(), "--backend", "int"]);
    for key in ["bits_per_byte: ", "top1_agreement_vs_f32: ", "mean_abs_logit_error: "] {
        assert!(out.contains(key), "missing {key} in {out}");
    }
    let bpb: f64 = out.lines().find_map(|l| l.strip_prefix("bits_per_byte: ")).unwrap().parse().unwrap();
    assert!(bpb > 0.5 && bpb < 8.0, "{bpb}");
    let j: serde_json::Value =
        serde_json::from_str(&run_ok(&["logits", "--text", "To be", "--backend", "int", "--json"])).unwrap();
    assert_eq!(j["tokens"].as_array().unwrap().len(), 5);
    assert_eq!(j["logits"].as_array().unwrap().len(), 5);
    assert_eq!(j["logits"][0].as_array().unwrap().len(), 256);
}

#[test]
fn bench_prints_cycles_and_the_ratio_to_the_ideal() {
    let out = run_ok(&["bench", "--tokens", "2"]);
    for key in ["cycles_per_token: ", "ideal_cycles_per_token: ", "ratio: "] {
        assert!(out.contains(key), "missing {key} in {out}");
    }
    // The bound: at least the ideal, at most what was measured.
    let num = |key: &str| -> f64 {
        let line = out.lines().find(|l| l.starts_with(key)).unwrap_or_else(|| panic!("missing {key} in {out}"));
        line[key.len()..].trim().parse().unwrap()
    };
    let (ratio, bound) = (num("ratio: "), num("bound_ratio: "));
    assert!((1.0..=ratio).contains(&bound), "bound_ratio {bound} against ratio {ratio}");
    assert!(num("vector_unit_cycles_per_token: ") > 0.0 && num("lane_array_cycles_per_token: ") > 0.0);
}

#[test]
fn bad_requests_fail_cleanly_with_code_1() {
    for args in [
        vec!["generate", "x", "--tokens", "0"],
        vec!["generate", "x", "--board", "nosuchboard"],
        vec!["eval", "--text", "/nonexistent.txt"],
        vec!["generate", "x", "--model", "/"],
    ] {
        let o = mmfree().args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"), "{args:?} panicked");
    }
    // A model too large for the part: stopped before synthesis, naming what does not fit.
    let dir = tempfile::tempdir().unwrap();
    let o = mmfree()
        .args(["build", "--board", "icebreaker", "--model", "shakespeare-ecp5", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("SPRAM blocks (16K x 16); the 1BitSquared iCEBreaker (iCE40UP5K-SG48) has 4"), "{e}");
    let o = mmfree().args(["generate", "x", "--backend", "int", "--tokens", "99999999999"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--tokens must be between 1 and"));
    // A prompt that is not UTF-8 (the byte-level tokenizer would take it, the command
    // line does not): a clear error, code 1.
    use std::os::unix::ffi::OsStrExt;
    let o = mmfree().arg("generate").arg(std::ffi::OsStr::from_bytes(b"\xff\xfe")).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid UTF-8"));
}

/// Kills the board when the test ends, however it ends.
struct Board(std::process::Child);
impl Drop for Board {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

/// Run a command, killing it after `secs` (a hung link must fail the test, not CI).
fn output_within(cmd: &mut Command, secs: u64) -> std::process::Output {
    let mut child = cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            let o = child.wait_with_output().unwrap();
            panic!("command timed out after {secs} s: {}", String::from_utf8_lossy(&o.stderr));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// `mmfree board-sim` serves the SoC's Verilog on a pseudo-terminal; a separate
/// `mmfree generate --backend serial` drives it to exactly the integer model's text,
/// and a second run finds the model already loaded.
#[test]
fn board_sim_on_a_pty_generates_what_the_integer_model_generates() {
    let dir = tempfile::tempdir().unwrap();
    let (_board, link) = board_sim(dir.path());
    let args = ["generate", "KING.", "--tokens", "20", "--seed", "5"];
    let serial =
        output_within(mmfree().args(args).args(["--backend", "serial", "--port", link.to_str().unwrap()]), 300);
    let again = output_within(mmfree().args(args).args(["--backend", "serial", "--port", link.to_str().unwrap()]), 300);
    assert!(serial.status.success(), "{}", String::from_utf8_lossy(&serial.stderr));
    assert_eq!(String::from_utf8_lossy(&serial.stdout), run_ok(&[&args[..], &["--backend", "int"]].concat()));
    assert!(String::from_utf8_lossy(&serial.stderr).contains("uploaded and verified"));
    assert!(String::from_utf8_lossy(&serial.stderr).contains("cycles/token on the board"));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds this model"));
    assert_eq!(serial.stdout, again.stdout);
}

#[test]
fn a_port_that_is_not_a_board_is_a_link_error_with_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing");
    let o =
        mmfree().args(["generate", "x", "--backend", "serial", "--port", missing.to_str().unwrap()]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    // No --port: the board is looked for by its USB ID; none is connected here.
    let o = mmfree().args(["generate", "x", "--backend", "serial"]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("0403:6010"), "the error names the USB ID looked for: {err}");
}

/// Start `mmfree ARGS --pty PTY` and wait (up to `secs`) until it has created PTY.
fn serve(args: &[&str], pty: std::path::PathBuf, secs: u64) -> (Board, std::path::PathBuf) {
    let b = Board(
        mmfree()
            .args(args)
            .arg("--pty")
            .arg(&pty)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while !pty.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(pty.exists(), "`mmfree {}` did not create its pty link", args[0]);
    (b, pty)
}

/// Start `mmfree board-sim` on `dir/board` (the process becomes the simulator: its pid
/// takes SIGUSR1 as a power cycle).
fn board_sim(dir: &std::path::Path) -> (Board, std::path::PathBuf) {
    serve(&["board-sim"], dir.join("board"), 120)
}

/// `mmfree link-proxy` between the board and `dir/host`, with fault flags.
fn proxy(dir: &std::path::Path, board: &std::path::Path, flags: &[&str]) -> (Board, std::path::PathBuf) {
    serve(&[&["link-proxy", "--port", board.to_str().unwrap()], flags].concat(), dir.join("host"), 5)
}

/// Through a proxy that damages 1% and drops 0.5% of the bytes each way, the upload
/// verifies and the sampled and the greedy text equal the integer model's (seeded faults).
#[test]
fn through_a_noisy_line_the_upload_verifies_and_the_text_is_exact() {
    let dir = tempfile::tempdir().unwrap();
    let (_board, link) = board_sim(dir.path());
    let (_proxy, host) = proxy(dir.path(), &link, &["--corrupt", "0.01", "--drop", "0.005", "--seed", "11"]);
    let args = ["generate", "KING.", "--tokens", "24", "--seed", "3"];
    let out = output_within(mmfree().args(args).args(["--backend", "serial", "--port", host.to_str().unwrap()]), 600);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("uploaded and verified"));
    assert_eq!(String::from_utf8_lossy(&out.stdout), run_ok(&[&args[..], &["--backend", "int"]].concat()));
    // Greedy: the board generates (GENERATE, 32 tokens a request); lost replies are
    // answered again from the tokens it kept.
    let args = ["generate", "KING.", "--tokens", "80", "--temperature", "0"];
    let out = output_within(mmfree().args(args).args(["--backend", "serial", "--port", host.to_str().unwrap()]), 600);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), run_ok(&[&args[..], &["--backend", "int"]].concat()));
}

/// 1% corrupted bytes, 1% of frames lost, and the board power-cycled in the middle of the
/// upload: the lost regions are sent again and the text is still exact. Then a power
/// cycle between two runs... and one during generation: an error (code 2), not text.
#[test]
fn a_board_power_cycled_mid_upload_is_reloaded_and_one_reset_mid_generation_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (board, link) = board_sim(dir.path());
    let pid = board.0.id().to_string();
    let (proxy1, host) = proxy(
        dir.path(),
        &link,
        &["--corrupt", "0.01", "--frame-loss", "0.01", "--seed", "12", "--reset-pid", &pid, "--reset-at", "60000"],
    );
    let args = ["generate", "QUEEN.", "--tokens", "16", "--seed", "4"];
    let out = output_within(mmfree().args(args).args(["--backend", "serial", "--port", host.to_str().unwrap()]), 600);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), run_ok(&[&args[..], &["--backend", "int"]].concat()));
    drop(proxy1);
    // Now a clean line, and a power cycle once the board holds the model and is
    // generating (the upload check is done by byte ~2,000 of this run).
    let (_proxy2, host) = proxy(dir.path(), &link, &["--reset-pid", &pid, "--reset-at", "3000"]);
    let out = output_within(
        mmfree().args([
            "generate",
            "QUEEN.",
            "--tokens",
            "200",
            "--backend",
            "serial",
            "--port",
            host.to_str().unwrap(),
        ]),
        600,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("was reset"), "{err}");
}
