//! The model file reader on arbitrary bytes: an error or a model that passes its own
//! checks, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(q) = mmfree::model::file::from_bytes(data) {
        // A model that was accepted must write back to the same bytes' meaning.
        let again = mmfree::model::file::to_bytes(&q).expect("an accepted model writes back");
        let q2 = mmfree::model::file::from_bytes(&again).expect("what we write reads back");
        assert_eq!(q.config.hidden_size, q2.config.hidden_size);
    }
});
