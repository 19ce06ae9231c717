//! The committed bitstreams match the code: for each `bitstreams/<board>/`, the Verilog
//! the current code generates for the manifest's board, model and lane count has the
//! manifest's CRC and hardware hash (so a change to any unit, the board table or the
//! model flags a stale bitstream), the bitstream file is the one the manifest names, and
//! the build report shows timing met, no latches and no LUT RAM.

use mmfree::build::{board_verilog, BuildReport, Manifest};
use mmfree::loader;
use mmfree_hdl::boards::board;
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_hdl::protocol::crc32;
use std::path::Path;

#[test]
fn committed_bitstreams_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../bitstreams");
    let mut checked = 0;
    for e in std::fs::read_dir(&root).unwrap() {
        let dir = e.unwrap().path();
        if !dir.join("manifest.json").exists() {
            continue;
        }
        let m: Manifest = serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
        let b = board(&m.board).unwrap();
        let l = loader::load(Some(&m.model), false, None).unwrap();
        let dims = mmfree::program::dims_of(&l.q);
        // The board's configuration (memory placement included) at the manifest's lanes.
        let hw = HwConfig::for_board(dims, b).unwrap().with_lanes(m.lanes).unwrap();
        let v = board_verilog(b, &hw).unwrap();
        let stale = format!("{} is stale: rebuild with `mmfree build --board {}`", dir.display(), m.board);
        assert_eq!(format!("{:08x}", hw.hash()), m.hw_hash, "{stale} (hardware hash)");
        assert_eq!(format!("{:08x}", crc32(v.as_bytes())), m.verilog_crc32, "{stale} (Verilog)");
        assert_eq!(
            format!("{:08x}", mmfree::build::model_crc32(&mmfree::model::file::to_bytes(&l.q).unwrap())),
            m.model_crc32,
            "{stale} (model)"
        );
        let bits = std::fs::read(dir.join(&m.bitstream)).unwrap();
        assert_eq!(format!("{:08x}", crc32(&bits)), m.bitstream_crc32, "{}: bitstream differs", dir.display());
        let r: BuildReport = serde_json::from_slice(&std::fs::read(dir.join("build-report.json")).unwrap()).unwrap();
        assert!(r.timing_met && r.latches == 0 && r.lut_ram_cells == 0, "{}: {r:?}", dir.display());
        assert!(dir.join("nextpnr-report.json").exists());
        checked += 1;
    }
    assert!(checked >= 1, "no committed bitstream found in {}", root.display());
}
