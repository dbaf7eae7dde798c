//! The golden-packet fixtures on the reference model and on the Verilated card.

use fpvs_abi::regs;
use fpvs_model::CardConfig;
use fpvs_sim::SimCard;
use fpvs_tests::fixtures::{self, Arrival, Expect, Fixture, Setup};
use fpvs_tests::program;

#[test]
fn there_are_enough_rows_and_every_reason_has_one() {
    let all = fixtures::all();
    assert!(all.len() >= 40, "{} rows", all.len());
    for r in fpvs_abi::ExceptionReason::ALL {
        assert!(
            all.iter().any(|f| f.expect == Expect::Exception(r)),
            "no row for {r:?}"
        );
    }
    for r in fpvs_abi::DropReason::ALL {
        if r != fpvs_abi::DropReason::RateLimited {
            assert!(
                all.iter().any(|f| f.expect == Expect::Drop(r)),
                "no row for {r:?}"
            );
        }
    }
}

#[test]
fn every_row_passes_on_the_model() {
    let mut failures = Vec::new();
    for fx in fixtures::all() {
        let got = fixtures::run_on_model(&fx, CardConfig::NARROW);
        if let Err(e) = fixtures::check(&fx, &got) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Runs every row of `setup` on one Verilated card loaded with the standard tables.
fn on_card(width: u32, setup: Setup, rows: &[Fixture]) -> Vec<String> {
    let config = if width == 8 {
        CardConfig::NARROW
    } else {
        CardConfig::WIDE
    };
    let model = fixtures::standard_card(config, setup);
    let mut card = SimCard::open(width, 7).unwrap_or_else(|e| panic!("{e}"));
    card.reg_write(regs::ctrl::TS_PRESCALE, 0);
    card.reg_write(regs::ctrl::TS_NOW, model.tables.config.now);
    for c in program::load(&model.tables) {
        let done = card.command(&c).expect("load");
        assert_eq!(
            done.status,
            fpvs_abi::CommandStatus::Ok as u8,
            "loading {c:?}"
        );
    }
    let mut failures = Vec::new();
    for fx in rows {
        match fx.arrival {
            Arrival::Port(p) => card.push_frame(p, &fx.input),
            Arrival::Inject(p) => card.inject(p, false, &fx.input),
            Arrival::Verbatim(p) => card.inject(p, true, &fx.input),
        }
        card.run_until_idle(50, 1_000_000).expect("idle");
        let fwd = card.pop_forwarded();
        let exc = card.pop_exception();
        let notify = card.pop_notify().map(|r| r.expect("record").kind);
        let got = match (fwd, exc) {
            (Some(f), None) if !f.abort => Expect::Forward {
                port: f.port,
                frame: f.frame,
                notify,
            },
            (None, Some(e)) if !e.abort => Expect::Exception(
                fpvs_abi::ExceptionReason::from_code(e.reason).expect("reason code"),
            ),
            // Nothing left the card, or a frame left marked abort (truncated): dropped.
            // The card's drop counters say why.
            (f, e) if f.as_ref().is_none_or(|f| f.abort) && e.as_ref().is_none_or(|e| e.abort) => {
                let reason = fpvs_abi::DropReason::ALL
                    .into_iter()
                    .find(|r| card.reg_read(regs::stats::drop_count(*r)) > 0)
                    .expect("a drop counter moved");
                Expect::Drop(reason)
            }
            (f, e) => panic!("{}: both outputs: {f:?} {e:?}", fx.description),
        };
        if let Err(e) = fixtures::check(fx, &got) {
            failures.push(format!("w{width}: {e}"));
        }
        // Fresh drop counters for the next row.
        if let Expect::Drop(_) = got {
            let reopened = on_card_reset(width, &model);
            card = reopened;
        }
    }
    failures
}

fn on_card_reset(width: u32, model: &fpvs_model::Card) -> SimCard {
    let mut card = SimCard::open(width, 7).unwrap_or_else(|e| panic!("{e}"));
    card.reg_write(regs::ctrl::TS_PRESCALE, 0);
    card.reg_write(regs::ctrl::TS_NOW, model.tables.config.now);
    for c in program::load(&model.tables) {
        card.command(&c).expect("load");
    }
    card
}

fn all_on_card(width: u32) {
    let all = fixtures::all();
    let mut failures = Vec::new();
    for setup in [Setup::Standard, Setup::FullBuckets, Setup::EmptyMaglev] {
        let rows: Vec<Fixture> = all.iter().filter(|f| f.setup == setup).cloned().collect();
        failures.extend(on_card(width, setup, &rows));
    }
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_row_passes_on_the_narrow_card() {
    all_on_card(8);
}

#[test]
fn every_row_passes_on_the_wide_card() {
    all_on_card(64);
}
