//! Cross-crate tests and golden-packet fixtures for FPVS.
