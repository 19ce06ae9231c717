//! Finding the board's serial port by the USB ID of its USB-UART bridge (boards table).

use crate::error::LinkError;
use anyhow::Result;
use mmfree_hdl::boards::Board;
use serialport::{SerialPortInfo, SerialPortType};

/// The serial ports whose USB VID:PID is (vid, pid), sorted by name.
pub fn matching(ports: &[SerialPortInfo], vid: u16, pid: u16) -> Vec<String> {
    let mut v: Vec<String> = ports
        .iter()
        .filter(|p| matches!(&p.port_type, SerialPortType::UsbPort(u) if u.vid == vid && u.pid == pid))
        .map(|p| p.port_name.clone())
        .collect();
    v.sort();
    v
}

/// Pick the board's UART among `ports`: of the ports with the board's USB ID, the last
/// of the `usb_ports` one board shows (boards table). More candidates than one board
/// shows is an error naming them (pass `--port`).
pub fn pick(board: &Board, ports: &[SerialPortInfo]) -> Result<String> {
    let Some((vid, pid)) = board.usb else {
        return Err(LinkError(format!(
            "the {} has no known USB ID to look for: pass --port (e.g. /dev/ttyUSB1)",
            board.description
        ))
        .into());
    };
    let per_board = board.usb_ports;
    let found = matching(ports, vid, pid);
    match found.len() {
        0 => {
            let present: Vec<&str> = ports.iter().map(|p| p.port_name.as_str()).collect();
            Err(LinkError(format!(
                "no serial port with USB ID {vid:04x}:{pid:04x} ({}) found{}: connect the board or pass --port",
                board.description,
                if present.is_empty() { String::new() } else { format!(" (ports present: {})", present.join(", ")) }
            ))
            .into())
        }
        n if n == per_board => Ok(found[n - 1].clone()),
        _ => Err(LinkError(format!(
            "several ports with USB ID {vid:04x}:{pid:04x}: {}; choose one with --port",
            found.join(", ")
        ))
        .into()),
    }
}

/// `--port` as given, or (when absent or `auto`) the port found by USB ID.
pub fn resolve(port: Option<&str>, board: &Board) -> Result<String> {
    match port {
        Some(p) if p != "auto" => Ok(p.to_string()),
        _ => {
            let ports = serialport::available_ports().unwrap_or_default();
            pick(board, &ports)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mmfree_hdl::boards::board;
    use serialport::UsbPortInfo;

    fn usb(name: &str, vid: u16, pid: u16) -> SerialPortInfo {
        SerialPortInfo {
            port_name: name.into(),
            port_type: SerialPortType::UsbPort(UsbPortInfo {
                vid,
                pid,
                serial_number: None,
                manufacturer: None,
                product: None,
            }),
        }
    }

    #[test]
    fn boards_are_found_by_usb_id() {
        let ice = board("icebreaker").unwrap();
        let ulx = board("ulx3s-85f").unwrap();
        let ports = vec![
            usb("/dev/ttyUSB1", 0x0403, 0x6010),
            usb("/dev/ttyUSB0", 0x0403, 0x6010),
            usb("/dev/ttyUSB2", 0x0403, 0x6015),
            SerialPortInfo { port_name: "/dev/ttyS0".into(), port_type: SerialPortType::Unknown },
        ];
        assert_eq!(pick(ice, &ports).unwrap(), "/dev/ttyUSB1", "channel B of the FT2232H");
        assert_eq!(pick(ulx, &ports).unwrap(), "/dev/ttyUSB2");
        let e = pick(ulx, &ports[..2]).unwrap_err().to_string();
        assert!(e.contains("0403:6015") && e.contains("ttyUSB0"), "{e}");
        let two = vec![usb("/dev/ttyUSB2", 0x0403, 0x6015), usb("/dev/ttyUSB3", 0x0403, 0x6015)];
        assert!(pick(ulx, &two).unwrap_err().to_string().contains("choose one with --port"));
        let e = pick(board("icesugar").unwrap(), &ports).unwrap_err().to_string();
        assert!(e.contains("no known USB ID"), "{e}");
        assert_eq!(resolve(Some("/dev/x"), ice).unwrap(), "/dev/x");
    }
}
