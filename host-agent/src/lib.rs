//! fpvsd and fpvsadm: the FPVS control plane.
