//! The card's timestamp clock as the host follows it: when the card's count has
//! fallen behind the host's, by how much, and what to set it to. Plain data: reading
//! and writing the card's registers is [`crate::agent::conns`]'s ageing.

use std::time::Instant;

/// The card's timestamp clock as the host follows it.
#[derive(Debug, Default)]
pub(in crate::agent) struct CardClock {
    /// A host instant and the card's tick then.
    origin: Option<(Instant, u32)>,
    /// Ticks the card's clock fell behind the host's between the last two looks: a
    /// stamp may be that much older than the frame it records.
    pub(in crate::agent) lag: u32,
}

impl CardClock {
    /// The card read `card` at `host`, its ticks `tick_ms` long: the tick the host's
    /// clock says it is, and by how many ticks the card must be set forward to it (0:
    /// the card is in step, its own reading stands).
    pub(in crate::agent) fn observe(
        &mut self,
        host: Instant,
        card: u32,
        tick_ms: f64,
    ) -> (u32, u32) {
        let (at, base) = *self.origin.get_or_insert((host, card));
        let ticks = (host.duration_since(at).as_secs_f64() * 1000.0 / tick_ms) as u32;
        let want = base.wrapping_add(ticks);
        let behind = want.wrapping_sub(card);
        if behind as i32 > 1 {
            (want, behind)
        } else {
            (card, 0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_card_clock_in_step_stands_and_one_behind_is_set_forward() {
        let mut c = CardClock::default();
        let t0 = Instant::now();
        // The first look defines the origin: in step.
        assert_eq!(c.observe(t0, 1000, 1.0), (1000, 0));
        // 250 ms later at 1 ms a tick the card says 1250 (or one tick less): in step.
        let t1 = t0 + Duration::from_millis(250);
        assert_eq!(c.observe(t1, 1250, 1.0), (1250, 0));
        assert_eq!(c.observe(t1, 1249, 1.0), (1249, 0));
        // A card that stopped at 1100 is set forward by the 150 ticks it lost.
        assert_eq!(c.observe(t1, 1100, 1.0), (1250, 150));
        // A card ahead of the host is never set back.
        assert_eq!(c.observe(t1, 1400, 1.0), (1400, 0));
        // Ticks of 4 ms: 250 ms is 62 ticks.
        let mut c = CardClock::default();
        c.observe(t0, 0, 4.0);
        assert_eq!(c.observe(t1, 0, 4.0), (62, 62));
    }

    #[test]
    fn the_card_clock_is_followed_across_its_wrap() {
        let mut c = CardClock::default();
        let t0 = Instant::now();
        c.observe(t0, u32::MAX - 9, 1.0);
        let t1 = t0 + Duration::from_millis(20);
        assert_eq!(c.observe(t1, 10, 1.0), (10, 0), "wrapped, in step");
        assert_eq!(
            c.observe(t1, u32::MAX - 5, 1.0),
            (10, 16),
            "stopped before the wrap"
        );
    }
}
