//! The rust-hdl units of the accelerator, one per file.

pub mod lanes;
pub mod mul;
pub mod ram;
pub mod valu;
