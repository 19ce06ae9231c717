//! mmfree host crate: model files, reference models, the link to the board and the
//! `mmfree` command line.

pub mod build;
pub mod cli;
pub mod error;
pub mod eval;
pub mod link;
pub mod loader;
pub mod model;
pub mod ports;
pub mod program;
pub mod proxy;
pub mod sampling;
pub mod tokenizer;
pub mod train;
