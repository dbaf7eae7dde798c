//! Software stand-ins for the card, for tests without hardware or a simulator.
//!
//! [`card::FakeCard`] plays the card's side of the register map and of the four rings
//! over real shared memory, reached by IOVA through a [`dma_space::DmaSpace`] (as a
//! device reaches host memory through an IOMMU), and signals interrupts on eventfds.
//! It can misbehave on purpose ([`card::Misbehave`]) so that tests prove the host side
//! refuses bad indices, lengths and codes. [`device::FakeDevice`] wraps it as a
//! [`crate::Device`]; the vfio-user tests serve the same card over a socket.

pub mod card;
pub mod device;
pub mod dma_space;
pub mod ring;

pub use card::{FakeCard, FakeCardConfig, Misbehave, PuntMeta};
pub use device::FakeDevice;
pub use dma_space::{DmaSpace, IrqLines, SoftDevice};
pub use ring::{DeviceRing, RingWrite};
