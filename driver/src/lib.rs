//! FPVS device access: BAR mapping, DMA memory, rings, interrupts; kernel VFIO and vfio-user backends; table programming.
