//! The block against its bench: every frame type in and out, bad frames, repeats,
//! overruns; and its Verilog.

use super::testbench::{encode, Bench};
use super::*;
use crate::testing::check_verilog;
use rust_hdl::prelude::*;

const DIV: usize = 16;

fn status(b: &mut Bench, seq: u8) -> [u16; 3] {
    let (ty, body) = b.request(kind::STATUS, &[seq]);
    assert_eq!((ty, body.len(), body[0]), (kind::STATUS_REPLY, 8, seq));
    let w = |i: usize| u16::from_le_bytes([body[i], body[i + 1]]);
    [w(2), w(4), w(6)]
}

#[test]
fn every_frame_type_in_and_out_and_a_bad_frame_costs_only_itself() {
    let mut b = Bench::new(DIV);
    assert_eq!(status(&mut b, 0), [0, 0, 0]);

    // Register write, then read back.
    let (ty, body) = b.request(kind::REG_WRITE, &[1, 0x0C, 0x01, 0xEF, 0xBE, 0xAD, 0xDE]);
    assert_eq!((ty, body), (kind::ACK, vec![1]));
    assert_eq!(b.core.regs.get(&0x010C), Some(&0xDEAD_BEEF));
    let (ty, body) = b.request(kind::REG_READ, &[2, 0x0C, 0x01]);
    assert_eq!(
        (ty, body),
        (kind::REG_DATA, vec![2, 0xEF, 0xBE, 0xAD, 0xDE])
    );

    // A command with bytes that need escaping; its completion comes back.
    let desc: Vec<u8> = (0..64u32)
        .map(|i| [0xC0, 0xDB, i as u8][i as usize % 3])
        .collect();
    let mut body = vec![3];
    body.extend_from_slice(&desc);
    let (ty, ack) = b.request(kind::COMMAND, &body);
    assert_eq!((ty, ack), (kind::ACK, vec![3]));
    assert_eq!(b.core.cmds, vec![desc.clone()]);
    let mut cpl = desc.clone();
    cpl[1] = 0x7F;
    b.line.ports.cpls.push_back(cpl.clone());
    b.run_for_frames(1, 200_000);
    assert_eq!(b.frames.pop_front(), Some((kind::COMPLETION, cpl)));

    // A corrupted frame and one with a lost byte: dropped, counted, no reply; the
    // next frame works.
    let mut f = encode(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
    f[5] ^= 0x10;
    b.send_raw(&f);
    let mut f = encode(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
    f.remove(3);
    b.send_raw(&f);
    b.send_raw(&[0x55, 0x66]);
    b.run(2_000);
    assert!(b.frames.is_empty());
    assert_eq!(b.core.reg_writes, 1);
    assert_eq!(status(&mut b, 4), [3, 0, 0]);
    let (ty, _) = b.request(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
    assert_eq!(ty, kind::ACK);
    assert_eq!(b.core.regs.get(&0x010C), Some(&0x0403_0201));
    // A repeat (the host lost the ACK) is acknowledged, not executed again.
    b.core.regs.insert(0x010C, 7);
    let (ty, body) = b.request(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
    assert_eq!((ty, body), (kind::ACK, vec![4]));
    assert_eq!((b.core.reg_writes, b.core.regs[&0x010C]), (2, 7));

    // Injection: target byte then the frame, delivered in beats.
    let frame: Vec<u8> = (0..77u32).map(|i| (i * 7) as u8).collect();
    let mut body = vec![5, 0b101];
    body.extend_from_slice(&frame);
    let (ty, ack) = b.request(kind::INJECT, &body);
    assert_eq!((ty, ack), (kind::ACK, vec![5]));
    assert_eq!(b.core.injected, vec![(0b101, frame)]);

    // A notify record.
    let rec: Vec<u8> = (0..32).map(|i| 0xC0 ^ i as u8).collect();
    b.line.ports.notifies.push_back(rec.clone());
    b.run_for_frames(1, 200_000);
    assert_eq!(b.frames.pop_front(), Some((kind::NOTIFY, rec)));

    // Two exceptions back to back: the first (200 bytes) arrives with its metadata
    // and its first 128 bytes; the second finds the buffer full and is counted.
    let user: u128 = 0x1234_5678_9ABC_DEF0_0F1E_2D3C_4B5A_6978 & !1;
    let big: Vec<u8> = (0..200u32).map(|i| (i * 3) as u8).collect();
    b.line.ports.excs.push_back((user, big.clone()));
    b.line.ports.excs.push_back((user ^ 2, vec![9; 60]));
    b.run_for_frames(1, 400_000);
    let (ty, body) = b.frames.pop_front().unwrap();
    assert_eq!(ty, kind::EXCEPTION);
    assert_eq!(body[..16], user.to_le_bytes());
    assert_eq!(u16::from_le_bytes([body[16], body[17]]), 200);
    assert_eq!(body[18..], big[..EXC_BYTES]);
    assert_eq!(status(&mut b, 6), [3, 0, 1]);
    // A short one after that arrives whole.
    b.line.ports.excs.push_back((user ^ 4, vec![0xDB; 61]));
    b.run_for_frames(1, 400_000);
    let (ty, body) = b.frames.pop_front().unwrap();
    assert_eq!((ty, body.len()), (kind::EXCEPTION, 18 + 61));
    assert_eq!(body[18..], [0xDB; 61]);
    assert_eq!(b.bad_frames(), 0);
    // A frame sent while the previous one executes is an overrun: the core holds
    // the command (not ready) while a second frame arrives.
    b.line.ports.cmd_ready = false;
    let mut body = vec![7];
    body.extend_from_slice(&desc);
    b.send_raw(&encode(kind::COMMAND, &body));
    b.send_raw(&encode(kind::REG_WRITE, &[8, 0x0C, 0x01, 1, 2, 3, 4]));
    b.run_for_frames(0, 100_000);
    b.run(1_000);
    assert!(b.frames.is_empty());
    b.line.ports.cmd_ready = true;
    b.run_for_frames(1, 100_000);
    assert_eq!(b.frames.pop_front(), Some((kind::ACK, vec![7])));
    assert_eq!(b.core.cmds.len(), 2);
    assert_eq!(status(&mut b, 9), [3, 1, 1]);
    assert_eq!(b.core.injected.len(), 1);
    eprintln!("{} cycles", b.cycles);
}

#[test]
fn verilog_is_clean() {
    let mut uut = Mgmt::new(1085);
    uut.connect_all();
    check_verilog("mgmt", &uut);
}
