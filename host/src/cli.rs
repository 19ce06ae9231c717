//! The `mmfree` command line. What the user typed (clap structs) is kept apart from
//! the work (functions taking plain values). Contract: ../shared/DESIGN.md section 7.

use crate::eval::{self, Backend as EvalBackend};
use crate::loader::{self, Loaded};
use crate::model::float::{FloatRunner, Precision};
use crate::model::int::IntRunner;
use crate::model::{checkpoint, file};
use crate::sampling::Sampler;
use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Parser, Debug)]
#[command(name = "mmfree", version, about = "Run MatMul-free language models on cheap FPGAs (iCE40, ECP5)")]
pub struct Cli {
    #[command(subcommand)]
    pub cmd: Cmd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GenBackend {
    /// A simulated board: the SoC's exported Verilog (UART pins, link, core) compiled by
    /// Verilator, cycle by cycle, on a private pseudo-terminal, driven through the serial
    /// code and link protocol a real board gets (also accepted as `verilator`).
    #[value(alias = "verilator")]
    Sim,
    /// The board logic (link + core) in rust-hdl, in process, through the link protocol
    /// (the reference; slow).
    RustHdl,
    /// The integer reference model (what the hardware computes, bit for bit).
    Int,
    /// The f32 reference model with the same ternary weights.
    F32,
    /// A board on a serial port (`--port`): a real one, or `mmfree board-sim`.
    Serial,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RefBackend {
    Int,
    F32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Weights {
    /// Ternary weights and 8-bit activations, as the released code computes.
    Ternary,
    /// The float weights with no quantization (checkpoints only).
    Float,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Generate text from a prompt.
    Generate {
        /// The prompt (default: a newline).
        prompt: Option<String>,
        /// Checkpoint folder, model file, or bundled model name (default: the board's
        /// model, see `mmfree boards`).
        #[arg(long)]
        model: Option<String>,
        #[arg(long, value_enum, default_value = "sim")]
        backend: GenBackend,
        /// The board the simulated backends imitate (see `mmfree boards`).
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
        /// Serial port of the board (with --backend serial); absent or `auto`: the port
        /// whose USB ID is the board's (`mmfree boards`).
        #[arg(long)]
        port: Option<String>,
        /// Number of tokens to generate.
        #[arg(long, default_value_t = 64)]
        tokens: usize,
        /// Sampling temperature; 0 is greedy.
        #[arg(long, default_value_t = 0.8)]
        temperature: f32,
        /// Sample among the k most likely tokens (0: all).
        #[arg(long, default_value_t = 40)]
        top_k: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Bits per byte on a text file (and, for int, agreement with the f32 model).
    Eval {
        #[arg(long)]
        model: Option<String>,
        #[arg(long)]
        text: PathBuf,
        #[arg(long, value_enum, default_value = "int")]
        backend: RefBackend,
        /// For the f32 backend: ternary weights (default) or the float weights.
        #[arg(long, value_enum, default_value = "ternary")]
        weights: Weights,
        /// Evaluate at most this many tokens (0: all).
        #[arg(long, default_value_t = 0)]
        max_tokens: usize,
    },
    /// Logits after every position of a text, as JSON.
    Logits {
        #[arg(long)]
        model: Option<String>,
        #[arg(long)]
        text: String,
        #[arg(long, value_enum, default_value = "int")]
        backend: RefBackend,
        /// Print JSON (the only format).
        #[arg(long)]
        json: bool,
    },
    /// Check a Hugging Face checkpoint folder and print what it holds.
    Import {
        /// Folder with config.json and *.safetensors.
        checkpoint: PathBuf,
    },
    /// Quantize a checkpoint to a model file, choosing fixed-point formats on calibration text.
    Quantize {
        /// Checkpoint folder.
        checkpoint: PathBuf,
        /// Calibration text (default: the bundled calibration text).
        #[arg(long)]
        calib: Option<PathBuf>,
        #[arg(long, default_value_t = loader::CALIB_TOKENS)]
        calib_tokens: usize,
        /// Output file (default: model.mmfq inside the checkpoint folder).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Train a byte-level MatMul-free model on text files (CPU), writing a checkpoint folder.
    Train {
        /// Text files or folders of *.txt files.
        #[arg(long = "text", required = true)]
        texts: Vec<PathBuf>,
        /// Never train on files whose name starts with this (held out for eval).
        #[arg(long, default_value = "tempest")]
        exclude: String,
        /// Output checkpoint folder.
        #[arg(long, short)]
        out: PathBuf,
        #[arg(long, default_value_t = 96)]
        hidden: usize,
        #[arg(long, default_value_t = 3)]
        layers: usize,
        /// Intermediate size (default: the released models' rule).
        #[arg(long)]
        intermediate: Option<usize>,
        #[arg(long, default_value_t = 3000)]
        steps: usize,
        #[arg(long, default_value_t = 16)]
        batch: usize,
        #[arg(long, default_value_t = 128)]
        seq: usize,
        #[arg(long, default_value_t = 3e-3)]
        lr: f64,
        #[arg(long, default_value_t = 100)]
        warmup: usize,
        #[arg(long, default_value_t = 0.05)]
        weight_decay: f64,
        #[arg(long, default_value_t = 1.0)]
        clip: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Validate and save a resumable state every N steps.
        #[arg(long, default_value_t = 250)]
        eval_every: usize,
        /// Continue from the output folder's saved state.
        #[arg(long)]
        resume: bool,
        /// Quantize the result to model.mmfq with calibration text from the training files.
        #[arg(long)]
        quantize: bool,
    },
    /// Measure the accelerator on a model: simulated cycles per token against the ideal.
    Bench {
        /// Model (default: the board's bundled model, see `mmfree boards`).
        #[arg(long)]
        model: Option<String>,
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
        /// Tokens to run (the first one's cycles are reported; all are checked).
        #[arg(long, default_value_t = 3)]
        tokens: usize,
        /// Simulate the rust-hdl model instead of the Verilator build (same cycles, slower),
        /// and print where the cycles went (`profile_cycles`, by sequencer state).
        #[arg(long)]
        rust_hdl: bool,
        /// Lane count instead of the board's (for sweeps; 8 or a power of two >= 16).
        #[arg(long)]
        lanes: Option<usize>,
    },
    /// List the supported boards.
    Boards,
    /// Serve a simulated board (the SoC's Verilog under Verilator) on a new
    /// pseudo-terminal linked at PATH, until killed.
    BoardSim {
        #[arg(long)]
        pty: PathBuf,
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
        /// The model whose dimensions the simulated bitstream is built for.
        #[arg(long)]
        model: Option<String>,
    },
    /// Put a faulty line between a board's port and a new pseudo-terminal at PTY (for
    /// trying the link under damage: `generate --backend serial --port PTY`). Runs until
    /// killed. Rates are per byte (per frame for --frame-loss), in each direction.
    LinkProxy {
        /// The board's serial port (or a `board-sim` pseudo-terminal).
        #[arg(long)]
        port: String,
        /// Where to link the new pseudo-terminal the host opens.
        #[arg(long)]
        pty: PathBuf,
        #[arg(long, default_value_t = 0.0)]
        corrupt: f64,
        #[arg(long, default_value_t = 0.0)]
        drop: f64,
        #[arg(long, default_value_t = 0.0)]
        dup: f64,
        #[arg(long, default_value_t = 0.0)]
        frame_loss: f64,
        /// Probability that a chunk of bytes is held back --delay-ms.
        #[arg(long, default_value_t = 0.0)]
        delay_rate: f64,
        #[arg(long, default_value_t = 20)]
        delay_ms: u64,
        /// Cut the link (lose everything both ways) after this many bytes to the board...
        #[arg(long)]
        cut_at: Option<u64>,
        /// ...for this long.
        #[arg(long, default_value_t = 500)]
        cut_ms: u64,
        /// Power-cycle the board-sim process with this pid (SIGUSR1)...
        #[arg(long)]
        reset_pid: Option<u32>,
        /// ...after this many bytes to the board.
        #[arg(long)]
        reset_at: Option<u64>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Write the SoC's Verilog (UART pins, link, core) for a model on a board.
    Verilog {
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
        /// Model (default: the board's bundled model, see `mmfree boards`).
        #[arg(long)]
        model: Option<String>,
        /// Output file (default: standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Build a bitstream: Verilog, Yosys, nextpnr, pack; prints and writes a build report.
    Build {
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
        /// Model (default: the board's bundled model, see `mmfree boards`).
        #[arg(long)]
        model: Option<String>,
        /// Output folder (default: build/<board>).
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Lane count instead of the board's (for sweeps; 8 or a power of two >= 16).
        #[arg(long)]
        lanes: Option<usize>,
        /// Keep a bitstream that misses the clock target instead of failing.
        #[arg(long)]
        allow_timing_fail: bool,
        /// nextpnr's placement seed (default: the board's, the committed bitstream's).
        #[arg(long)]
        seed: Option<u32>,
    },
    /// Program a board with a bitstream (openFPGALoader, or iceprog for iCE40).
    Flash {
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
        /// The bitstream (default: the committed one in bitstreams/<board>/).
        #[arg(long)]
        bitstream: Option<PathBuf>,
    },
    /// Write every board's constraints file (PCF/LPF) from the board table.
    Constraints {
        #[arg(long, short, default_value = "constraints")]
        out: PathBuf,
    },
    /// Upload a model to a board and verify it (skipped when the board already holds it).
    Upload {
        /// Serial port; absent or `auto`: found by the board's USB ID.
        #[arg(long)]
        port: Option<String>,
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
        /// Model (default: the board's bundled model, see `mmfree boards`).
        #[arg(long)]
        model: Option<String>,
    },
    /// Describe a model: dimensions, parameters, formats, memory; with --port, also the
    /// board on that port (its identity, and whether it holds this model).
    Info {
        /// Model (default: the board's bundled model, see `mmfree boards`).
        #[arg(long)]
        model: Option<String>,
        #[arg(long)]
        port: Option<String>,
        #[arg(long, default_value = mmfree_hdl::boards::DEFAULT_BOARD)]
        board: String,
    },
}

/// Parse and run. Usage errors exit with code 1 (help and version print and succeed).
pub fn run<I: IntoIterator<Item = OsString>>(args: I) -> Result<()> {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind::*;
            if matches!(e.kind(), DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand) {
                e.print()?;
                return Ok(());
            }
            let _ = e.print();
            std::process::exit(1);
        }
    };
    match cli.cmd {
        Cmd::Generate { prompt, model, backend, board, port, tokens, temperature, top_k, seed } => generate(
            prompt.as_deref(),
            model.as_deref(),
            backend,
            &board,
            port.as_deref(),
            tokens,
            Sampler::new(temperature, top_k, seed),
        ),
        Cmd::BoardSim { pty, board, model } => board_sim_cmd(&pty, &board, model.as_deref()),
        Cmd::LinkProxy {
            port,
            pty,
            corrupt,
            drop,
            dup,
            frame_loss,
            delay_rate,
            delay_ms,
            cut_at,
            cut_ms,
            reset_pid,
            reset_at,
            seed,
        } => crate::proxy::serve(
            &port,
            &pty,
            &crate::proxy::ProxyOptions {
                faults: crate::proxy::Faults { corrupt, drop, dup, frame_loss },
                seed,
                delay_rate,
                delay: Duration::from_millis(delay_ms),
                cut_at,
                cut_for: Duration::from_millis(cut_ms),
                reset_pid,
                reset_at,
            },
        ),
        Cmd::Upload { port, board, model } => upload_cmd(port.as_deref(), &board, model.as_deref()),
        Cmd::Verilog { board, model, out } => verilog_cmd(&board, model.as_deref(), out.as_deref()),
        Cmd::Build { board, model, out, lanes, allow_timing_fail, seed } => {
            build_cmd(&board, model.as_deref(), out, lanes, allow_timing_fail, seed)
        }
        Cmd::Flash { board, bitstream } => flash_cmd(&board, bitstream),
        Cmd::Constraints { out } => constraints_cmd(&out),
        Cmd::Bench { model, board, tokens, rust_hdl, lanes } => {
            bench_cmd(model.as_deref(), &board, tokens, rust_hdl, lanes)
        }
        Cmd::Boards => boards_cmd(),
        Cmd::Eval { model, text, backend, weights, max_tokens } => {
            eval_cmd(model.as_deref(), &text, backend, weights, max_tokens)
        }
        Cmd::Logits { model, text, backend, json: _ } => logits_cmd(model.as_deref(), &text, backend),
        Cmd::Import { checkpoint } => import_cmd(&checkpoint),
        Cmd::Quantize { checkpoint, calib, calib_tokens, out } => quantize_cmd(&checkpoint, calib, calib_tokens, out),
        Cmd::Info { model, port, board } => info_cmd(model.as_deref(), port.as_deref(), &board),
        Cmd::Train {
            texts,
            exclude,
            out,
            hidden,
            layers,
            intermediate,
            steps,
            batch,
            seq,
            lr,
            warmup,
            weight_decay,
            clip,
            seed,
            eval_every,
            resume,
            quantize,
        } => {
            let rule = crate::model::ModelConfig {
                intermediate_size: None,
                ..crate::model::ModelConfig::new(hidden, layers, 0, 256)
            };
            let inter = intermediate.unwrap_or_else(|| rule.intermediate());
            let args = crate::train::TrainArgs {
                texts,
                exclude_prefix: exclude,
                out: out.clone(),
                hidden,
                layers,
                intermediate: inter,
                steps,
                batch,
                seq,
                lr,
                warmup,
                weight_decay,
                clip,
                seed,
                eval_every,
                resume,
                quiet: false,
            };
            let rep = crate::train::train(&args)?;
            println!(
                "trained {} steps in {:.1} s: loss {:.4} -> {:.4} bits/byte, validation {:.4} bits/byte",
                rep.steps, rep.seconds, rep.first_loss_bits, rep.last_loss_bits, rep.valid_bits
            );
            println!("checkpoint: {}", out.display());
            if quantize {
                let calib = tempfile_calibration(&args)?;
                quantize_cmd(&out, Some(calib.clone()), loader::CALIB_TOKENS, None)?;
                let _ = std::fs::remove_file(calib);
            }
            Ok(())
        }
    }
}

/// Something that takes one token and gives the logits for the next.
pub trait Stepper {
    fn step(&mut self, token: usize) -> Result<Vec<f32>>;
    /// Clock cycles the accelerator took for the last token (boards, real or simulated).
    fn cycles(&self) -> Option<u64> {
        None
    }
    /// Step a token whose logits are not needed (a prompt's).
    fn feed(&mut self, token: usize) -> Result<()> {
        self.step(token).map(|_| ())
    }
    /// Greedy generation where the logits live (the board's GENERATE, the integer
    /// model's accumulators): step `token`, then each argmax, `n` steps; the argmax
    /// tokens, the last one not yet stepped (when `has_greedy`).
    fn greedy(&mut self, _token: usize, _n: usize) -> Result<Vec<usize>> {
        bail!("this backend picks tokens on the host")
    }
    fn has_greedy(&self) -> bool {
        false
    }
    /// What the link went through, for boards: frames, retries, damaged replies, timeouts.
    fn link_summary(&self) -> Option<String> {
        None
    }
}

impl Stepper for IntRunner<'_> {
    fn step(&mut self, token: usize) -> Result<Vec<f32>> {
        Ok(IntRunner::step(self, token).to_f32())
    }
    // The argmax of the integer accumulators, as the board takes it (the f32 logits can
    // round two accumulators to the same value).
    fn greedy(&mut self, token: usize, n: usize) -> Result<Vec<usize>> {
        let mut t = token;
        Ok((0..n)
            .map(|_| {
                t = IntRunner::step(self, t).argmax();
                t
            })
            .collect())
    }
    fn has_greedy(&self) -> bool {
        true
    }
}
impl Stepper for FloatRunner {
    fn step(&mut self, token: usize) -> Result<Vec<f32>> {
        Ok(FloatRunner::step(self, token))
    }
}

fn check_tokens(l: &Loaded, toks: &[usize]) -> Result<()> {
    if let Some(&t) = toks.iter().find(|&&t| t >= l.q.config.vocab_size) {
        bail!("token {t} is outside the model's vocabulary ({})", l.q.config.vocab_size);
    }
    Ok(())
}

fn prompt_tokens(l: &Loaded, prompt: Option<&str>) -> Result<Vec<usize>> {
    let mut toks: Vec<usize> = l.tokenizer.bos().into_iter().collect();
    toks.extend(l.tokenizer.encode(prompt.unwrap_or("\n")));
    if toks.is_empty() {
        toks = l.tokenizer.encode("\n");
    }
    check_tokens(l, &toks)?;
    Ok(toks)
}

/// Tokens per greedy request in `generate` (a board's GENERATE): small enough that the
/// text appears as it comes on a simulated board, large enough to amortize the round trip.
const GREEDY_CHUNK: usize = 32;

/// Largest number of tokens one `generate` accepts.
pub const MAX_GENERATE: usize = 1 << 20;

/// Load `--model`, or without it the bundled model the board runs by default.
fn load_for_board(model: Option<&str>, board: &str, need_float: bool) -> Result<Loaded> {
    let default = mmfree_hdl::boards::board(board)?.model;
    loader::load(Some(model.unwrap_or(default)), need_float, None)
}

/// The board named by `--board` and the hardware configuration of the model on it.
pub fn board_hw(
    q: &crate::model::quant::QModel,
    board: &str,
) -> Result<(&'static mmfree_hdl::boards::Board, mmfree_hdl::hwconfig::HwConfig)> {
    let b = mmfree_hdl::boards::board(board)?;
    let hw = mmfree_hdl::hwconfig::HwConfig::for_board(crate::program::dims_of(q), b)
        .with_context(|| format!("the model does not fit the {} accelerator", b.name))?;
    Ok((b, hw))
}

/// The integer or f32 reference model as a stepper (`l.float` must be loaded for f32).
fn reference_stepper<'a>(l: &'a Loaded, f32: bool) -> Result<Box<dyn Stepper + 'a>> {
    Ok(match (f32, l.float.as_ref()) {
        (false, _) => Box::new(IntRunner::new(&l.q)),
        (true, Some(m)) => Box::new(FloatRunner::new(m, Precision::Ternary)),
        (true, None) => bail!("{}: the f32 model needs the checkpoint's float weights", l.path.display()),
    })
}

/// `mmfree board-sim` in a private temporary folder, driven like a board on a serial port;
/// the simulator stops when this is dropped.
pub struct VerilatorBoard {
    stepper: LinkStepper<crate::link::Serial>,
    child: std::process::Child,
    _dir: tempfile::TempDir,
}

impl VerilatorBoard {
    pub fn start(q: &crate::model::quant::QModel, board: &str) -> Result<VerilatorBoard> {
        let (b, hw) = board_hw(q, board)?;
        let dir = tempfile::tempdir().context("cannot create a temporary folder for the simulated board")?;
        let link = dir.path().join("board");
        eprintln!("[simulated {}: the SoC's Verilog under Verilator, on {}]", b.name, link.display());
        let child = mmfree_sim::board_sim::spawn(&hw, &link, None)?;
        let mut s = VerilatorBoard {
            stepper: LinkStepper {
                session: crate::link::Session::new(
                    crate::link::Serial::open(&link.to_string_lossy(), hw.baud as u32)?,
                    hw.baud,
                ),
                vocab: q.config.vocab_size,
            },
            child,
            _dir: dir,
        };
        let img = crate::program::compile(q, &hw)?;
        prepare_with_progress(&mut s.stepper.session, &hw, &img, "simulated board")?;
        Ok(s)
    }
}

impl Drop for VerilatorBoard {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Stepper for VerilatorBoard {
    fn step(&mut self, token: usize) -> Result<Vec<f32>> {
        self.stepper.step(token)
    }
    fn cycles(&self) -> Option<u64> {
        self.stepper.cycles()
    }
    fn feed(&mut self, token: usize) -> Result<()> {
        self.stepper.feed(token)
    }
    fn greedy(&mut self, token: usize, n: usize) -> Result<Vec<usize>> {
        self.stepper.greedy(token, n)
    }
    fn has_greedy(&self) -> bool {
        true
    }
    fn link_summary(&self) -> Option<String> {
        self.stepper.link_summary()
    }
}

/// A board behind the link protocol: on a serial port, or simulated in process.
pub struct LinkStepper<T: crate::link::Transport> {
    pub session: crate::link::Session<T>,
    vocab: usize,
}

/// Open a port and make the board ready for the model: identity, upload, verify, reset.
pub fn open_board(
    q: &crate::model::quant::QModel,
    board: &str,
    port: &str,
) -> Result<(crate::link::Session<crate::link::Serial>, mmfree_hdl::hwconfig::HwConfig)> {
    let (_, hw) = board_hw(q, board)?;
    let img = crate::program::compile(q, &hw)?;
    let serial = crate::link::Serial::open(port, hw.baud as u32)?;
    let mut s = crate::link::Session::new(serial, hw.baud);
    prepare_with_progress(&mut s, &hw, &img, &format!("board on {port}"))?;
    Ok((s, hw))
}

/// `link::prepare` with a progress bar and a line saying what happened.
fn prepare_with_progress<T: crate::link::Transport>(
    s: &mut crate::link::Session<T>,
    hw: &mmfree_hdl::hwconfig::HwConfig,
    img: &crate::program::Image,
    what: &str,
) -> Result<()> {
    let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        indicatif::ProgressBar::new(0)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("upload [{bar:30}] {pos}/{len} words {per_sec}")
            .unwrap()
            .progress_chars("=> "),
    );
    let uploaded = crate::link::prepare(s, hw, img, &|done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    })?;
    bar.finish_and_clear();
    eprintln!(
        "[{what}: {}]",
        if uploaded { "model uploaded and verified" } else { "already holds this model (verified by checksum)" }
    );
    Ok(())
}

impl<T: crate::link::Transport> Stepper for LinkStepper<T> {
    fn step(&mut self, token: usize) -> Result<Vec<f32>> {
        let r = self.session.step(token)?;
        let words = self.session.read(mmfree_hdl::protocol::region::ACC, 0, self.vocab)?;
        let sc = r.scale.to_f64();
        Ok(words.iter().map(|&w| ((((w as i64) << 46) >> 46) as f64 * sc) as f32).collect())
    }
    fn cycles(&self) -> Option<u64> {
        self.session.cycles_per_token()
    }
    fn feed(&mut self, token: usize) -> Result<()> {
        self.session.step(token).map(|_| ())
    }
    /// The board's GENERATE, as many tokens a request as the line carries well.
    fn greedy(&mut self, token: usize, n: usize) -> Result<Vec<usize>> {
        self.session.generate_all(token, n)
    }
    fn has_greedy(&self) -> bool {
        true
    }
    fn link_summary(&self) -> Option<String> {
        let s = &self.session.stats;
        Some(format!(
            "link: {} frames sent, {} retries, {} damaged replies, {} NAKs, {} timeouts",
            s.frames_sent, s.retries, s.damaged_replies, s.naks, s.timeouts
        ))
    }
}

fn board_sim_cmd(pty: &std::path::Path, board: &str, model: Option<&str>) -> Result<()> {
    let l = load_for_board(model, board, false)?;
    let (b, hw) = board_hw(&l.q, board)?;
    eprintln!(
        "board-sim: building the {} SoC for H {} L {} I {} V {} ({} lanes)...",
        b.name, hw.dims.hidden, hw.dims.layers, hw.dims.intermediate, hw.dims.vocab, hw.lanes
    );
    mmfree_sim::board_sim::serve(&hw, pty)
}

fn verilog_cmd(board: &str, model: Option<&str>, out: Option<&std::path::Path>) -> Result<()> {
    let l = load_for_board(model, board, false)?;
    let (b, hw) = board_hw(&l.q, board)?;
    let v = crate::build::board_verilog(b, &hw)?;
    match out {
        Some(p) => std::fs::write(p, v).with_context(|| format!("cannot write {}", p.display()))?,
        None => std::io::stdout().write_all(v.as_bytes())?,
    }
    Ok(())
}

fn build_cmd(
    board: &str,
    model: Option<&str>,
    out: Option<PathBuf>,
    lanes: Option<usize>,
    allow_timing_fail: bool,
    seed: Option<u32>,
) -> Result<()> {
    let l = load_for_board(model, board, false)?;
    let (b, hw) = board_hw(&l.q, board)?;
    let hw = with_lanes(hw, lanes)?;
    hw.check_fits(b).with_context(|| format!("cannot build for {}", b.name))?;
    let out = out.unwrap_or_else(|| PathBuf::from("build").join(b.name));
    let name = l.path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    // The quantized model as its file would hold it (the manifest's model CRC).
    let bytes = file::to_bytes(&l.q)?;
    let opt = crate::build::BuildOptions { out: &out, allow_timing_fail, seed: seed.unwrap_or(b.seed) };
    crate::build::build(b, &hw, &name, &bytes, &opt)?;
    eprintln!("bitstream, build-report.json and manifest.json in {}", out.display());
    Ok(())
}

/// `hw` with another lane count (`--lanes`, for sweeps).
fn with_lanes(hw: mmfree_hdl::hwconfig::HwConfig, lanes: Option<usize>) -> Result<mmfree_hdl::hwconfig::HwConfig> {
    match lanes {
        None => Ok(hw),
        Some(n) => hw.with_lanes(n).with_context(|| format!("the model does not allow {n} lanes")),
    }
}

fn flash_cmd(board: &str, bitstream: Option<PathBuf>) -> Result<()> {
    let b = mmfree_hdl::boards::board(board)?;
    let file = match b.family {
        mmfree_hdl::boards::Family::Ice40 => "top.bin",
        mmfree_hdl::boards::Family::Ecp5 => "top.bit",
    };
    let path = bitstream.unwrap_or_else(|| crate::build::bitstream_dir(b.name).join(file));
    crate::build::flash(b, &path)
}

fn constraints_cmd(out: &std::path::Path) -> Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    for b in mmfree_hdl::boards::BOARDS {
        let (ext, text) = mmfree_hdl::platform::constraints(b);
        let p = out.join(format!("{}.{ext}", b.name));
        std::fs::write(&p, text).with_context(|| format!("cannot write {}", p.display()))?;
        eprintln!("wrote {}", p.display());
    }
    Ok(())
}

fn upload_cmd(port: Option<&str>, board: &str, model: Option<&str>) -> Result<()> {
    let l = load_for_board(model, board, false)?;
    let port = crate::ports::resolve(port, mmfree_hdl::boards::board(board)?)?;
    let (s, _) = open_board(&l.q, board, &port)?;
    eprintln!("[{} frames, {} bytes sent, {} retries]", s.stats.frames_sent, s.stats.bytes_sent, s.stats.retries);
    Ok(())
}

pub fn generate(
    prompt: Option<&str>,
    model: Option<&str>,
    backend: GenBackend,
    board: &str,
    port: Option<&str>,
    n: usize,
    mut sampler: Sampler,
) -> Result<()> {
    if n == 0 || n > MAX_GENERATE {
        bail!("--tokens must be between 1 and {MAX_GENERATE}, got {n}");
    }
    let l = load_for_board(model, board, backend == GenBackend::F32)?;
    let toks = prompt_tokens(&l, prompt)?;
    let mut stepper: Box<dyn Stepper + '_> = match backend {
        GenBackend::Sim => Box::new(VerilatorBoard::start(&l.q, board)?),
        GenBackend::RustHdl => {
            // The whole board logic (link + core) in rust-hdl, through the link protocol.
            let (_, hw) = board_hw(&l.q, board)?;
            let img = crate::program::compile(&l.q, &hw)?;
            let mut session = crate::link::Session::new(crate::link::RustHdlBoard::new(&hw)?, hw.baud);
            prepare_with_progress(&mut session, &hw, &img, "rust-hdl board")?;
            Box::new(LinkStepper { session, vocab: l.q.config.vocab_size })
        }
        GenBackend::Int => reference_stepper(&l, false)?,
        GenBackend::F32 => reference_stepper(&l, true)?,
        GenBackend::Serial => {
            let port = crate::ports::resolve(port, mmfree_hdl::boards::board(board)?)?;
            let (session, _) = open_board(&l.q, board, &port)?;
            Box::new(LinkStepper { session, vocab: l.q.config.vocab_size })
        }
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    if let Some(p) = prompt {
        write!(out, "{p}")?;
    }
    let t0 = Instant::now();
    let (last, head) = toks.split_last().expect("a prompt has at least one token");
    for &t in head {
        stepper.feed(t)?;
    }
    let mut pending = Vec::new();
    // Stream whole UTF-8 characters as they complete.
    let mut show = |pending: &mut Vec<u8>, toks: &[usize]| -> Result<()> {
        for &t in toks {
            pending.extend(l.tokenizer.token_bytes(t));
        }
        let valid = match std::str::from_utf8(pending) {
            Ok(_) => pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => pending.len(),
        };
        out.write_all(&pending[..valid])?;
        out.flush()?;
        pending.drain(..valid);
        Ok(())
    };
    // Greedy: the argmax is taken where the logits are (on the board: GENERATE, no logits
    // cross the link), in chunks so the text appears as it comes.
    if sampler.is_greedy() && stepper.has_greedy() {
        let (mut t, mut done) = (*last, 0);
        while done < n {
            let k = (n - done).min(GREEDY_CHUNK);
            let got = stepper.greedy(t, k)?;
            t = *got.last().expect("k >= 1");
            show(&mut pending, &got)?;
            done += k;
        }
    } else {
        let mut logits = stepper.step(*last)?;
        for _ in 0..n {
            let t = sampler.pick(&logits);
            // Step before printing: a board's RESULT says whether it was reset since its
            // memories were verified, which also vouches for the logits `t` was drawn from
            // (read before this STEP). So a token is shown only once the board confirms it.
            logits = stepper.step(t)?;
            show(&mut pending, &[t])?;
        }
    }
    out.write_all(&pending)?;
    writeln!(out)?;
    let dt = t0.elapsed().as_secs_f64();
    // The board reports each token's cycles; the last one stands for all (they differ by a
    // few cycles with the data).
    let cycles = stepper.cycles().map(|c| format!(", {c} cycles/token on the board")).unwrap_or_default();
    let link = stepper.link_summary().map(|l| format!("; {l}")).unwrap_or_default();
    eprintln!(
        "[{} tokens in {:.2} s: {:.1} tokens/s{cycles}, backend {:?}{link}]",
        n + toks.len(),
        dt,
        (n + toks.len()) as f64 / dt,
        backend
    );
    Ok(())
}

fn eval_cmd(
    model: Option<&str>,
    text: &PathBuf,
    backend: RefBackend,
    weights: Weights,
    max_tokens: usize,
) -> Result<()> {
    let l = loader::load(model, backend == RefBackend::F32 || weights == Weights::Float, None)?;
    let body = std::fs::read(text).with_context(|| format!("cannot read {}", text.display()))?;
    let body = String::from_utf8(body).with_context(|| format!("{} is not UTF-8 text", text.display()))?;
    let mut toks = l.tokenizer.encode(&body);
    if max_tokens > 0 {
        toks.truncate(max_tokens);
    }
    if toks.len() < 2 {
        bail!("{} has fewer than two tokens", text.display());
    }
    check_tokens(&l, &toks)?;
    let prec = if weights == Weights::Float { Precision::Float } else { Precision::Ternary };
    let rep = match backend {
        RefBackend::F32 => eval::evaluate(EvalBackend::F32(l.float.as_ref().unwrap(), prec), &toks, &l.tokenizer),
        RefBackend::Int => eval::evaluate(EvalBackend::Int(&l.q, l.float.as_ref()), &toks, &l.tokenizer),
    };
    println!("positions: {}", rep.positions);
    println!("bytes: {}", rep.bytes);
    println!("bits_per_byte: {:.4}", rep.bits_per_byte);
    if let Some(a) = rep.top1_agreement_vs_f32 {
        println!("top1_agreement_vs_f32: {a:.4}");
        println!("f32_bits_per_byte: {:.4}", rep.f32_bits_per_byte.unwrap());
        println!("mean_abs_logit_error: {:.5}", rep.mean_abs_logit_error.unwrap());
        println!("max_abs_logit_error: {:.5}", rep.max_abs_logit_error.unwrap());
    } else if backend == RefBackend::Int {
        eprintln!("note: {} has no float weights, so no comparison with the f32 model", l.path.display());
    }
    Ok(())
}

fn logits_cmd(model: Option<&str>, text: &str, backend: RefBackend) -> Result<()> {
    let l = loader::load(model, backend == RefBackend::F32, None)?;
    let toks = l.tokenizer.encode(text);
    if toks.is_empty() {
        bail!("--text is empty");
    }
    check_tokens(&l, &toks)?;
    let mut stepper = reference_stepper(&l, backend == RefBackend::F32)?;
    let mut all = Vec::new();
    for &t in &toks {
        all.push(stepper.step(t)?);
    }
    let j = serde_json::json!({ "tokens": toks, "logits": all });
    println!("{}", serde_json::to_string(&j)?);
    Ok(())
}

fn import_cmd(dir: &PathBuf) -> Result<()> {
    let m = checkpoint::import(dir).with_context(|| format!("cannot import {}", dir.display()))?;
    let c = &m.config;
    println!("checkpoint: {}", dir.display());
    println!(
        "hidden_size: {}  layers: {}  intermediate: {}  vocab: {}",
        c.hidden_size,
        c.num_hidden_layers,
        c.intermediate(),
        c.vocab_size
    );
    println!("parameters: {}  ternary_weights: {}", c.parameters(), c.ternary_weights());
    println!("lower_bound: {}", c.use_lower_bound);
    Ok(())
}

fn quantize_cmd(dir: &PathBuf, calib: Option<PathBuf>, n: usize, out: Option<PathBuf>) -> Result<()> {
    let m = checkpoint::import(dir).with_context(|| format!("cannot import {}", dir.display()))?;
    let tok = crate::tokenizer::Tokenizer::for_model(Some(dir), m.config.vocab_size)?;
    let toks = loader::calibration_tokens(&tok, calib.as_deref(), n)?;
    let q = crate::model::quant::quantize(&m, &toks)?;
    let out = out.unwrap_or_else(|| dir.join(format!("model.{}", file::EXTENSION)));
    file::write(&q, &out)?;
    println!("wrote {} ({} calibration tokens, residual format Q{}.{})", out.display(), toks.len(), 15 - q.fx, q.fx);
    Ok(())
}

/// Calibration text for a freshly trained model: the start of its validation split.
fn tempfile_calibration(args: &crate::train::TrainArgs) -> Result<PathBuf> {
    let corpus = crate::train::load_corpus(&args.texts, &args.exclude_prefix)?;
    let text = String::from_utf8_lossy(&corpus.valid[..corpus.valid.len().min(loader::CALIB_TOKENS)]).into_owned();
    let p = std::env::temp_dir().join(format!("mmfree-calib-{}.txt", std::process::id()));
    std::fs::write(&p, text)?;
    Ok(p)
}

fn boards_cmd() -> Result<()> {
    println!(
        "{:<12} {:<6} {:>9} {:>8} {:>6} {:>9}  {:<18} description",
        "board", "family", "clock", "target", "lanes", "usb", "model"
    );
    for b in mmfree_hdl::boards::BOARDS {
        println!(
            "{:<12} {:<6} {:>6} MHz {:>4} MHz {:>6} {:>9}  {:<18} {}",
            b.name,
            format!("{:?}", b.family).to_lowercase(),
            b.clock_hz / 1_000_000,
            b.target_hz / 1_000_000,
            b.lanes,
            b.usb.map_or("-".to_string(), |(v, p)| format!("{v:04x}:{p:04x}")),
            b.model,
            b.description
        );
    }
    Ok(())
}

/// Cycles per token on the cycle-accurate core, against the ideal (ternary weights per
/// token / LANES). Every token's argmax is checked against the integer model.
fn bench_cmd(model: Option<&str>, board: &str, tokens: usize, rust_hdl: bool, lanes: Option<usize>) -> Result<()> {
    let l = load_for_board(model, board, false)?;
    let (b, hw) = board_hw(&l.q, board)?;
    let hw = with_lanes(hw, lanes)?;
    let t0 = Instant::now();
    let which = if rust_hdl { mmfree_sim::Simulator::RustHdl } else { mmfree_sim::Simulator::Verilator };
    // The core alone behind its host port (cycle counts without the link).
    let img = crate::program::compile(&l.q, &hw)?;
    let mut sim = mmfree_sim::board(&hw, which)?;
    sim.upload(&img.program, &img.params, &img.weights)?;
    let upload_cycles = sim.port.cycles();
    let mut r = IntRunner::new(&l.q);
    let toks = l.tokenizer.encode("ROMEO.\nBut soft");
    let mut cycles = Vec::new();
    let t1 = Instant::now();
    let c1 = sim.port.cycles();
    for &t in toks.iter().take(tokens.max(1)) {
        let got = sim.step(t)?;
        let want = r.step(t).argmax();
        if got.token != want {
            return Err(crate::error::VerifyError(format!(
                "simulated core gave token {} where the integer model gives {want}",
                got.token
            ))
            .into());
        }
        cycles.push(got.cycles);
    }
    let sim_rate = (sim.port.cycles() - c1) as f64 / t1.elapsed().as_secs_f64();
    let ideal = l.q.config.ternary_weights() as f64 / hw.lanes as f64;
    let cpt = cycles[0] as f64;
    println!("board: {}", b.name);
    println!("lanes: {}", hw.lanes);
    println!("cycles_per_token: {}", cycles[0]);
    println!("ideal_cycles_per_token: {:.0}", ideal);
    println!("ratio: {:.3}", cpt / ideal);
    // What no schedule of this program on this hardware beats: the lane array's
    // columns x blocks, the vector ALUs' elements at their rate (`HwConfig::vector_cycles`).
    let prog: Vec<_> = img.program.iter().map(|&w| mmfree_hdl::isa::Instr::decode(w)).collect::<Result<_>>()?;
    let (lane_c, vec_c) = (hw.lane_cycles(&prog), hw.vector_cycles(&prog));
    println!("lane_array_cycles_per_token: {lane_c}");
    println!("vector_unit_cycles_per_token: {vec_c}");
    println!("bound_ratio: {:.3}", lane_c.max(vec_c) as f64 / ideal);
    println!("clock_mhz: {}", hw.clock_hz as f64 / 1e6);
    println!("derived_tokens_per_s: {:.1}", hw.clock_hz as f64 / cpt);
    println!("upload_cycles_host_port: {upload_cycles}");
    println!("simulator_cycles_per_s: {:.0}", sim_rate);
    println!("tokens_checked_against_int: {}", cycles.len());
    // With rust-hdl: where the cycles of the tokens went, by the sequencer's state
    // (STREAM and DRAIN by opcode). The count starts at the run's first cycle.
    let prof = sim.port.profile();
    let total: u64 = prof.iter().map(|p| p.1).sum();
    for (what, n) in &prof {
        println!("profile_cycles {what}: {n} ({:.1}%)", 100.0 * *n as f64 / total.max(1) as f64);
    }
    if !rust_hdl {
        link_bench(&l.q, &hw)?;
    }
    eprintln!(
        "[bench took {:.1} s; figures are simulated cycles, tokens/s derived at the board's target clock]",
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Upload the model through the whole simulated SoC (UART pins, link, core) behind a
/// pseudo-terminal, through the serial code a real board uses, and measure in the
/// board's simulated time: payload bytes over the line's raw byte rate (baud / 10).
/// Simulated time stands still while the board is idle, so the host's own latency
/// between frames is not counted: this is the protocol's efficiency on the wire.
fn link_bench(q: &crate::model::quant::QModel, hw: &mmfree_hdl::hwconfig::HwConfig) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (link, stats) = (dir.path().join("board"), dir.path().join("stats"));
    // The board writes its counters each time it goes idle: wait for a value that is
    // newer than `after` and then stays the same for 200 ms (the board is done).
    let read_stats = |after: Option<&[u64]>| -> Result<Vec<u64>> {
        let get = || -> Option<Vec<u64>> {
            let t = std::fs::read_to_string(&stats).ok()?;
            let v: Vec<u64> = t.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            (v.len() == 3).then_some(v)
        };
        for _ in 0..300 {
            if let Some(v) = get().filter(|v| after.map_or(true, |a| v[0] > a[0])) {
                std::thread::sleep(std::time::Duration::from_millis(200));
                if get().as_ref() == Some(&v) {
                    return Ok(v);
                }
            } else {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }
        bail!("the simulated board did not report its counters")
    };
    let mut child = mmfree_sim::board_sim::spawn(hw, &link, Some(&stats))?;
    let r = (|| -> Result<()> {
        let before = read_stats(None)?;
        let img = crate::program::compile(q, hw)?;
        let mut s =
            crate::link::Session::new(crate::link::Serial::open(&link.to_string_lossy(), hw.baud as u32)?, hw.baud);
        let t = Instant::now();
        crate::link::prepare(&mut s, hw, &img, &|_, _| {})?;
        let wall = t.elapsed().as_secs_f64();
        let after = read_stats(Some(&before))?;
        let cycles = (after[0] - before[0]) as f64;
        let secs = cycles / hw.clock_hz as f64;
        let payload = img.payload_bytes() as f64;
        let raw = hw.baud as f64 / 10.0;
        println!("upload_payload_bytes: {payload}");
        println!("upload_wire_bytes_to_board: {}", after[2] - before[2]);
        println!("upload_simulated_s: {secs:.4}");
        println!("upload_bytes_per_s: {:.0}", payload / secs);
        println!("link_raw_bytes_per_s: {raw:.0}");
        println!("link_efficiency: {:.4}", payload / secs / raw);
        println!("line_busy_fraction: {:.4}", (after[1] - before[1]) as f64 / cycles);
        println!("upload_frames: {}", s.stats.frames_sent);
        println!("upload_retries: {}", s.stats.retries);
        println!("upload_timeouts: {}", s.stats.timeouts);
        println!("upload_host_bytes_sent: {}", s.stats.bytes_sent);
        eprintln!("[upload through the simulated SoC took {wall:.1} s of wall time]");
        Ok(())
    })();
    let _ = child.kill();
    let _ = child.wait();
    r
}

fn info_cmd(model: Option<&str>, port: Option<&str>, board: &str) -> Result<()> {
    let l = load_for_board(model, board, false)?;
    let c = &l.q.config;
    println!("model: {}", l.path.display());
    println!("hidden_size: {}", c.hidden_size);
    println!("layers: {}", c.num_hidden_layers);
    println!("intermediate_size: {}", c.intermediate());
    println!("vocab_size: {}", c.vocab_size);
    println!("parameters: {}", c.parameters());
    println!("ternary_weights_per_token: {}", c.ternary_weights());
    println!("ternary_weight_bytes_2bit: {}", c.ternary_weights().div_ceil(4));
    println!("embedding_bytes_int8: {}", c.vocab_size * c.hidden_size);
    println!("residual_format: Q{}.{}", 15 - l.q.fx, l.q.fx);
    println!("calibration_tokens: {}", l.q.calibration_tokens);
    if let Some(port) = port {
        let (b, hw) = board_hw(&l.q, board)?;
        let port = crate::ports::resolve(Some(port), b)?;
        let img = crate::program::compile(&l.q, &hw)?;
        let mut s = crate::link::Session::new(crate::link::Serial::open(&port, hw.baud as u32)?, hw.baud);
        let id = s.hello()?;
        println!("board_port: {port}");
        println!("board_protocol_version: {}", id.version);
        println!("board_hw_hash: {:08x}", id.hw_hash);
        println!(
            "board_dims: H {} L {} I {} V {}, {} lanes",
            id.hidden, id.layers, id.intermediate, id.vocab, id.lanes
        );
        println!("board_clock_hz: {}", id.clock_hz);
        println!("board_baud: {}", id.baud);
        let fits = id.hw_hash == hw.hash();
        println!("board_matches_model: {fits}");
        if fits {
            let mut holds = true;
            for (r, a, w, _) in crate::link::image_regions(&hw, &img) {
                holds &= s.checksum(r, a, w.len())? == crate::link::words_crc(&w);
            }
            println!("board_holds_model: {holds}");
        }
    }
    Ok(())
}
