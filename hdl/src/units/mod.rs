//! The rust-hdl units of the accelerator, one per file.

pub mod core;
pub mod lanes;
pub mod mul;
pub mod ram;
pub mod recip;
pub mod scale;
pub mod uart;
pub mod valu;
