//! The Verilated card answers on every port.

use fpvs_abi::regs;
use fpvs_model::packet::{Frame, TcpFlags};
use fpvs_sim::SimCard;

#[test]
fn registers_frames_and_commands_on_both_builds() {
    for width in [8, 64] {
        let mut card = SimCard::open(width, 1).expect("card");
        assert_eq!(
            card.reg_read(regs::id::MAGIC),
            regs::id::MAGIC_VALUE,
            "w{width}"
        );
        assert_eq!(card.reg_read(regs::id::BUILD) & 0xFF, width);
        card.reg_write(regs::ctrl::SCRATCH, 0xDEAD_BEEF);
        assert_eq!(card.reg_read(regs::ctrl::SCRATCH), 0xDEAD_BEEF);
        // No services: a TCP SYN is an exception (NoService), an ARP too.
        let syn = Frame::tcp("10.0.0.2:1000", "10.0.0.100:80")
            .flags(TcpFlags::SYN)
            .build();
        card.push_frame(0, &syn);
        card.push_frame(1, &Frame::arp_request("10.0.0.2", "10.0.0.100").build());
        card.run_until_idle(50, 10_000).expect("idle");
        let e = card.pop_exception().expect("exception");
        assert_eq!(e.frame, syn);
        assert_eq!(e.reason, fpvs_abi::ExceptionReason::NoService as u8);
        assert_eq!(e.l3_offset, 14);
        let a = card.pop_exception().expect("arp");
        assert_eq!(a.reason, fpvs_abi::ExceptionReason::Arp as u8);
        assert_eq!(a.port, 1);
        // Verbatim injection.
        card.inject(1, true, &syn);
        card.run_until_idle(50, 10_000).expect("idle");
        let f = card.pop_forwarded().expect("verbatim");
        assert_eq!(
            (f.port, f.frame.as_slice(), f.abort),
            (1, syn.as_slice(), false)
        );
        // A command completes.
        let c = card
            .command(&fpvs_abi::CommandDescriptor::nop().tagged(7))
            .expect("nop");
        assert_eq!(c.status(), Ok(fpvs_abi::CommandStatus::Ok));
        assert_eq!(c.tag, 7);
        assert_eq!(card.reg_read(regs::stats::RX_FRAMES), 3);
    }
}
