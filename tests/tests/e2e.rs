//! End to end, in all four modes: real clients and real servers (Linux TCP/IP stacks in
//! network namespaces) through the simulated card, configured only with fpvsadm.
//! See `fpvs_tests::e2e` for the topology. Needs root; creates and removes its own
//! namespaces, bridges, veth pairs and TAP devices.

use fpvs_tests::e2e::{self, Binaries, Topology, MODES, SERVERS};

#[test]
fn all_four_modes_with_real_peers() {
    let bins = Binaries::build().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().expect("tempdir");
    // FPVS_E2E_DIR keeps the logs (fpvsd.log, fpvs-sim.log, the servers') after the run.
    let dir_path = std::env::var_os("FPVS_E2E_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().to_path_buf());
    std::fs::create_dir_all(&dir_path).expect("dir");
    let mut t = Topology::create(bins, &dir_path).unwrap_or_else(|e| panic!("topology: {e}"));
    let script = e2e::script();
    t.adm_restore(&script).expect("fpvsadm -R");
    // What was restored saves back as the same commands (in ipvsadm's order).
    let saved = t.adm(&["-S", "-n"]).expect("-S");
    let mut a: Vec<_> = saved.lines().collect();
    let mut b: Vec<_> = script.lines().collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);

    let mut reports = Vec::new();
    for (mode, (mode_name, _, _)) in MODES.iter().enumerate() {
        let r = e2e::run_mode(&mut t, mode, 300, true)
            .unwrap_or_else(|e| panic!("{mode_name}: {e}\nfpvsd log:\n{}", t.log("fpvsd.log")));
        let name = &r.mode;
        assert_eq!(
            (r.http.ok, r.http.failed),
            (300, 0),
            "{name}: HTTP {:?}",
            r.http
        );
        // wrr 1:2:3 over 300 connections: 50/100/150 (a few retried SYNs may shift one).
        for (rs, _, w) in SERVERS {
            let got = r.http.servers.get(rs).copied().unwrap_or(0) as i64;
            let want = 50 * i64::from(w);
            assert!(
                (got - want).abs() <= 5,
                "{name}: {rs} got {got}, weight says {want}"
            );
        }
        // Every real server saw the client's own address: as the peer in DR, TUN and
        // NAT, from the PROXY protocol header in FULLNAT.
        assert_eq!(
            r.http.clients.get(e2e::CLIENT).copied(),
            Some(300),
            "{name}: client addresses the real servers saw: {:?}",
            r.http.clients
        );
        assert_eq!((r.udp.ok, r.udp.failed), (20, 0), "{name}: UDP {:?}", r.udp);
        // Counters: every HTTP connection was scheduled once; each brought at least a
        // SYN, the request and the ACKs/FIN from the client.
        assert_eq!(
            r.stats[0],
            300,
            "{name}: Conns {:?}; HTTP {:?}\n{}\n{}",
            r.stats,
            r.http,
            t.adm(&["-L", "-n", "--stats", "--exact"])
                .unwrap_or_default(),
            t.adm(&["status"]).unwrap_or_default()
        );
        assert!(r.stats[1] >= 4 * 300, "{name}: InPkts {:?}", r.stats);
        if name == "NAT" || name == "FULLNAT" {
            assert!(
                r.stats[2] >= 3 * 300,
                "{name}: replies pass the card: {:?}",
                r.stats
            );
        }
        let down = r.with_one_down.as_ref().expect("failure run");
        assert_eq!(
            (down.ok, down.failed),
            (60, 0),
            "{name}: with rs3 down {down:?}"
        );
        assert!(
            !down.servers.contains_key("rs3"),
            "{name}: rs3 still scheduled"
        );
        let (server, others, held) = r.quiesced.as_ref().expect("quiesce run");
        assert!(
            *held,
            "{name}: the connection to {server} at weight 0 broke"
        );
        assert_eq!(others.ok, 30, "{name}: {others:?}");
        assert!(
            !others.servers.contains_key(server),
            "{name}: {server} got new connections at weight 0"
        );
        assert_eq!(
            r.survived_restart,
            Some(true),
            "{name}: a connection died with the fpvsd restart"
        );
        reports.push(r);
    }
    eprintln!("{}", e2e::summary(&reports));
}
