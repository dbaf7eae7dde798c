//! The Verilated FPVS card: FFI, vfio-user device server, packet ports.
