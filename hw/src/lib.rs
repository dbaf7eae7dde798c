//! The FPVS pipeline in rust-hdl: blocks, the Verilog generator, board tops.
