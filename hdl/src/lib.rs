//! The mmfree accelerator: the integer arithmetic of every unit as plain Rust
//! (`numerics`, the golden models), the weight layout (`pack`), and the rust-hdl units.

pub mod boards;
pub mod hwconfig;
pub mod isa;
pub mod numerics;
pub mod pack;
pub mod platform;
pub mod protocol;
pub mod units;
pub mod verify;
