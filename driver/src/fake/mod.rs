//! Software stand-ins for the card.
