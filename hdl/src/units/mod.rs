//! The rust-hdl units of the accelerator, one per file.

pub mod core;
pub mod counter;
pub mod crc32;
pub mod lanes;
pub mod link;
pub mod mul;
pub mod ram;
pub mod scale;
pub mod slip_tx;
pub mod soc;
pub mod spram;
pub mod uart;
pub mod valu;
