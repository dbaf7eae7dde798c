//! Rings.

/// What was wrong with data from the other side of a ring.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RingFault {
    /// Placeholder.
    #[error("x")]
    X,
}
