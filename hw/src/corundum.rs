//! The numbers of the Corundum application block's hand-written Verilog
//! (`hw/corundum/rtl/`), generated from `fpvs-abi`.
//!
//! `fpvs_axil_regs.v`, the application BAR, decodes the MAILBOX block of
//! `fpvs_abi::corundum::mailbox`. It holds no offset or header value of its own: a
//! delimited region of `localparam`s, between [`BEGIN`] and [`END`], is written by
//! [`mailbox_localparams`] from the block's table (`mailbox::BLOCK`), and the decode
//! uses only those names. Regenerate the region with
//!
//! ```text
//! fpvs-gen --corundum-params hw/corundum/rtl/fpvs_axil_regs.v
//! ```
//!
//! and `tests::axil_regs_params_are_current` fails while the committed file differs.
//! The testbench (`hw/corundum/tb/tb_app_block.sv`) is told the mailbox's addresses by
//! its script, which the Rust test writes from the same constants.

use fpvs_abi::corundum::{self, mailbox, APP_BAR_BLOCKS};
use fpvs_abi::regs::{self, Access, ArrayDesc, RegDesc};

/// The line that opens the generated region.
pub const BEGIN: &str = "// BEGIN GENERATED from fpvs-abi: do not edit between here and END";
/// The line that closes it.
pub const END: &str = "// END GENERATED from fpvs-abi";
/// The command that rewrites the region of the committed file.
pub const REGENERATE: &str = "cargo run --release -p fpvs-hw --bin fpvs-gen -- \
     --corundum-params hw/corundum/rtl/fpvs_axil_regs.v";
/// The committed file, from the workspace root.
pub const AXIL_REGS: &str = "hw/corundum/rtl/fpvs_axil_regs.v";

fn named(name: &str) -> &'static RegDesc {
    mailbox::BLOCK
        .regs
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("MAILBOX has no {name}"))
}

fn array(name: &str) -> &'static ArrayDesc {
    mailbox::BLOCK
        .arrays
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("MAILBOX has no {name} array"))
}

fn access(a: Access) -> &'static str {
    match a {
        Access::Ro => "ro",
        Access::Rw => "rw",
        Access::Wo => "wo",
    }
}

/// The region's lines (markers included, each line ending in a newline): a map of the
/// block in comments, then the `localparam`s `fpvs_axil_regs.v` decodes with.
pub fn mailbox_localparams() -> String {
    let b = mailbox::BLOCK;
    let span = mailbox::SPAN;
    let bits = span.trailing_zeros();
    let cmd = array("CMD");
    let cpl = array("CPL");
    // What the Verilog relies on: an aligned window of its own, the core's blocks
    // below it, 32-bit word arrays of one 512-bit descriptor each, each window
    // aligned to its size (the word index is the low address bits).
    assert!(span.is_power_of_two() && b.base % span == 0 && b.base + span <= 1 << 16);
    regs::check_chain(&APP_BAR_BLOCKS).expect("the application BAR's chain");
    assert_eq!(
        regs::PIPELINE_BLOCKS[3].next,
        b.base,
        "the core's chain ends at the mailbox"
    );
    for a in [cmd, cpl] {
        assert!(
            a.stride == 4 && a.count == 16 && a.regs.len() == 1 && a.regs[0].offset == 0,
            "{}: 16 words (the block's 512-bit command ports)",
            a.name
        );
        assert!(
            a.base % (4 * a.count) == 0,
            "{} aligned to its size",
            a.name
        );
    }
    let window = (4 * cmd.count).trailing_zeros();
    let status = |mask: u32| {
        assert!(mask.is_power_of_two(), "STATUS flags are single bits");
        mask
    };

    let mut v = String::new();
    let mut line = |s: String| {
        v.push_str(s.trim_end());
        v.push('\n');
    };
    line(BEGIN.into());
    line(format!("// Written by `{REGENERATE}`"));
    line("// from `fpvs_abi::corundum::mailbox::BLOCK`.".into());
    line("//".into());
    line(format!(
        "// {} at {:#06x}, {span:#x} bytes (offsets from its base):",
        b.name, b.base
    ));
    use regs::header::{NEXT, TYPE, VERSION};
    for (name, o, value) in [
        ("TYPE", TYPE, b.ty),
        ("VERSION", VERSION, b.version),
        ("NEXT", NEXT, b.next),
    ] {
        line(format!("//   {o:#04x}  {name:<12} ro  {value:#010x}"));
    }
    for r in b.regs {
        line(format!(
            "//   {:#04x}  {:<12} {}",
            r.offset - b.base,
            r.name,
            access(r.access)
        ));
    }
    for a in b.arrays {
        line(format!(
            "//   {:#04x}  {:<12} {}  word i < {} at {:#04x} + 4i",
            a.base - b.base,
            format!("{}[i]", a.name),
            access(a.regs[0].access),
            a.count,
            a.base - b.base
        ));
    }
    line("// Anything else in the window reads 0 and ignores writes.".into());
    let off = |name: &str, o: u32| format!("localparam [{}:0] {name} = {bits}'h{o:02X};", bits - 1);
    line(format!(
        "localparam [15:0] MAILBOX_BASE = 16'h{:04X};",
        b.base
    ));
    line(format!(
        "localparam integer MAILBOX_BITS = {bits}; // the block decodes MAILBOX_BASE + 0 .. 2^MAILBOX_BITS - 1"
    ));
    line(format!(
        "localparam [15:0] CORE_END = 16'h{:04X}; // the core's blocks are below",
        b.base
    ));
    line(format!(
        "localparam [31:0] MAILBOX_TYPE = 32'h{:08X};",
        b.ty
    ));
    line(format!(
        "localparam [31:0] MAILBOX_VERSION = 32'h{:08X};",
        b.version
    ));
    line(format!(
        "localparam [31:0] MAILBOX_NEXT = 32'h{:08X};",
        b.next
    ));
    line(off("OFF_TYPE", TYPE));
    line(off("OFF_VERSION", VERSION));
    line(off("OFF_NEXT", NEXT));
    for name in [
        "STATUS",
        "DOORBELL",
        "CPL_POP",
        "PORTS",
        "ETHERTYPE",
        "CMD_COUNT",
        "CPL_COUNT",
    ] {
        line(off(&format!("OFF_{name}"), named(name).offset - b.base));
    }
    line(off("OFF_CMD", cmd.base - b.base));
    line(off("OFF_CPL", cpl.base - b.base));
    line(format!(
        "localparam integer DESC_WINDOW_BITS = {window}; // CMD and CPL: 2^DESC_WINDOW_BITS bytes, word i at 4i"
    ));
    line(format!(
        "localparam [31:0] STATUS_CMD_BUSY = 32'h{:08X};",
        status(mailbox::STATUS_CMD_BUSY)
    ));
    line(format!(
        "localparam [31:0] STATUS_CPL_VALID = 32'h{:08X};",
        status(mailbox::STATUS_CPL_VALID)
    ));
    line(format!(
        "localparam [15:0] HOST_ETHERTYPE = 16'h{:04X};",
        corundum::ETHERTYPE
    ));
    line(END.into());
    v
}

/// `text` (the contents of `fpvs_axil_regs.v`) with its generated region replaced by
/// [`mailbox_localparams`]; an error if the markers are missing or out of order.
pub fn with_mailbox_localparams(text: &str) -> Result<String, String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let find = |marker: &str| {
        let hits: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].trim_end() == marker)
            .collect();
        match hits[..] {
            [i] => Ok(i),
            _ => Err(format!(
                "expected one line `{marker}`, found {}",
                hits.len()
            )),
        }
    };
    let (begin, end) = (find(BEGIN)?, find(END)?);
    if end < begin {
        return Err(format!("`{END}` comes before `{BEGIN}`"));
    }
    let mut out: String = lines[..begin].concat();
    out.push_str(&mailbox_localparams());
    out.push_str(&lines[end + 1..].concat());
    Ok(out)
}

/// Path of a file of the workspace, from this crate's directory.
pub fn workspace_path(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axil_regs_params_are_current() {
        let path = workspace_path(AXIL_REGS);
        let on_disk = std::fs::read_to_string(&path).expect("read fpvs_axil_regs.v");
        let fresh = with_mailbox_localparams(&on_disk).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            fresh == on_disk,
            "{AXIL_REGS} is out of date with fpvs-abi: regenerate its parameters with \
             `{REGENERATE}`"
        );
    }

    #[test]
    fn the_region_carries_the_tables_numbers() {
        let p = mailbox_localparams();
        assert!(p.starts_with(BEGIN) && p.trim_end().ends_with(END));
        for want in [
            format!(
                "localparam [15:0] MAILBOX_BASE = 16'h{:04X};",
                mailbox::BASE
            ),
            format!(
                "localparam [31:0] MAILBOX_TYPE = 32'h{:08X};",
                mailbox::TYPE
            ),
            format!(
                "localparam [7:0] OFF_DOORBELL = 8'h{:02X};",
                mailbox::DOORBELL - mailbox::BASE
            ),
            format!(
                "localparam [7:0] OFF_CPL = 8'h{:02X};",
                mailbox::CPL - mailbox::BASE
            ),
            format!(
                "localparam [31:0] STATUS_CPL_VALID = 32'h{:08X};",
                mailbox::STATUS_CPL_VALID
            ),
            format!(
                "localparam [15:0] HOST_ETHERTYPE = 16'h{:04X};",
                corundum::ETHERTYPE
            ),
        ] {
            assert!(p.contains(&want), "{want} missing from\n{p}");
        }
        // A region is replaced whole, and the markers must be there once each.
        let text = format!("a\n{BEGIN}\nold\n{END}\nb\n");
        assert_eq!(
            with_mailbox_localparams(&text).unwrap(),
            format!("a\n{p}b\n")
        );
        assert!(with_mailbox_localparams("a\nb\n").is_err());
        assert!(with_mailbox_localparams(&format!("{END}\n{BEGIN}\n")).is_err());
    }
}
