//! Punt rate limiting on the Verilated card: a SYN flood is held to its token bucket,
//! ARP still reaches the host (its own bucket), and established flows keep being
//! forwarded at full rate throughout.

use fpvs_abi::{regs, DropReason, ExceptionReason, ReasonClass};
use fpvs_model::packet::{Frame, TcpFlags};
use fpvs_model::CardConfig;
use fpvs_sim::SimCard;
use fpvs_tests::fixtures::{self, flows, Setup};
use fpvs_tests::program;

fn card(width: u32) -> SimCard {
    let config = if width == 8 {
        CardConfig::NARROW
    } else {
        CardConfig::WIDE
    };
    let model = fixtures::standard_card(config, Setup::Standard);
    let mut card = SimCard::open(width, 3).unwrap_or_else(|e| panic!("{e}"));
    for c in program::load(&model.tables) {
        card.command(&c).expect("load");
    }
    card
}

fn flood(width: u32) {
    let mut card = card(width);
    let (period, rate, burst) = (2_000u32, 1u32, 16u32);
    card.reg_write(regs::ratelimit::PERIOD, period);
    for class in [
        ReasonClass::NewFlow,
        ReasonClass::Control,
        ReasonClass::Other,
    ] {
        card.reg_write(
            regs::ratelimit::class_reg(class, regs::ratelimit::RATE),
            rate,
        );
        card.reg_write(
            regs::ratelimit::class_reg(class, regs::ratelimit::BURST),
            burst,
        );
    }
    // Let the buckets fill.
    card.step(period as u64 * (burst as u64 + 2)).expect("step");
    let start = card.cycle();
    let established = fixtures::standard_card(CardConfig::NARROW, Setup::Standard);
    let dr = flows::dr();
    let ok_frame = Frame::tcp(&format!("10.0.0.2:{}", dr.sport), "10.0.0.100:80")
        .flags(TcpFlags::ACK)
        .payload_len(10)
        .build();
    // Fewer ARPs than the burst: all must pass, whatever the flood does.
    let (syns, arps, good) = (3000usize, 10usize, 3000usize);
    for i in 0..syns {
        let syn = Frame::tcp(
            &format!("10.7.{}.{}:{}", i / 250, i % 250, 1000 + i),
            "10.0.0.100:80",
        )
        .flags(TcpFlags::SYN)
        .build();
        card.push_frame(0, &syn);
        card.push_frame(0, &ok_frame);
        if i % (syns / arps) == 0 {
            card.push_frame(
                1,
                &Frame::arp_request("192.168.1.11", "192.168.1.1").build(),
            );
        }
    }
    drop(established);
    card.run_until_idle(100, 50_000_000).expect("idle");
    let elapsed = (card.cycle() - start) as u32;
    let mut forwarded = 0;
    while let Some(f) = card.pop_forwarded() {
        assert_eq!(f.frame.len(), ok_frame.len());
        forwarded += 1;
    }
    let (mut new_flows, mut arp) = (0u32, 0u32);
    while let Some(e) = card.pop_exception() {
        match ExceptionReason::from_code(e.reason) {
            Ok(ExceptionReason::NewFlow) => new_flows += 1,
            Ok(ExceptionReason::Arp) => arp += 1,
            other => panic!("unexpected exception {other:?}"),
        }
    }
    // Every established frame went through, the flood notwithstanding.
    assert_eq!(forwarded, good, "w{width}: established frames lost");
    // The flood got at most the bucket plus what the period refilled.
    let allowed = burst + elapsed / period * rate + 1;
    assert!(
        new_flows <= allowed,
        "w{width}: {new_flows} new-flow punts, at most {allowed} allowed"
    );
    assert!(
        new_flows >= burst,
        "w{width}: the burst should pass ({new_flows})"
    );
    let limited = card.reg_read(regs::ratelimit::class_reg(
        ReasonClass::NewFlow,
        regs::ratelimit::LIMITED,
    ));
    assert_eq!(
        limited,
        syns as u32 - new_flows,
        "w{width}: LIMITED counts the rest"
    );
    let limited_all: u32 = [
        ReasonClass::NewFlow,
        ReasonClass::Control,
        ReasonClass::Other,
    ]
    .into_iter()
    .map(|c| card.reg_read(regs::ratelimit::class_reg(c, regs::ratelimit::LIMITED)))
    .sum();
    assert_eq!(
        card.reg_read(regs::stats::drop_count(DropReason::RateLimited)),
        limited_all
    );
    // ARP has its own bucket: all of it reached the host.
    assert_eq!(arp as usize, arps, "w{width}: ARP starved by the flood");
}

#[test]
fn syn_flood_is_limited_and_forwarding_continues_narrow() {
    flood(8);
}

#[test]
fn syn_flood_is_limited_and_forwarding_continues_wide() {
    flood(64);
}

#[test]
fn period_zero_turns_limiting_off() {
    let mut card = card(64);
    for i in 0..500 {
        let syn = Frame::tcp(&format!("10.7.0.1:{}", 1000 + i), "10.0.0.100:80")
            .flags(TcpFlags::SYN)
            .build();
        card.push_frame(0, &syn);
    }
    card.run_until_idle(50, 1_000_000).expect("idle");
    let mut n = 0;
    while card.pop_exception().is_some() {
        n += 1;
    }
    assert_eq!(n, 500);
}
