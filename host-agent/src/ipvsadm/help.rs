//! `fpvsadm -v` and `fpvsadm -h`: the version line and the usage text, in ipvsadm's
//! layout.

/// `fpvsadm -v`.
pub fn version() -> String {
    format!(
        "fpvsadm v{} (ipvsadm v1.31 command syntax, FPVS)\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// `fpvsadm -h`.
pub fn usage() -> String {
    let mut s = version();
    s.push_str(
        "Usage:
  fpvsadm -A|E virtual-service [-s scheduler] [-p [timeout]] [-M netmask] [-b sched-flags]
                [--proxy-protocol v2]
  fpvsadm -D virtual-service
  fpvsadm -C
  fpvsadm -R
  fpvsadm -S [-n]
  fpvsadm -a|e virtual-service -r server-address [-g|i|m|--fullnat] [-w weight] [-x upper] [-y lower]
  fpvsadm -d virtual-service -r server-address
  fpvsadm -L|l [virtual-service] [options]
  fpvsadm -Z [virtual-service]
  fpvsadm --set tcp tcpfin udp
  fpvsadm -P|Q virtual-service -z local-address
  fpvsadm -G [virtual-service]
  fpvsadm status
  fpvsadm flash --board NAME [--cable NAME] [--verify] bitstream-file
  fpvsadm -h

virtual-service is -t|u host[:port] (TCP or UDP address) or -f fwmark (firewall mark).

Commands (long or short form):
  --add-service     -A        add a virtual service
  --edit-service    -E        replace a virtual service's settings
  --delete-service  -D        delete a virtual service
  --clear           -C        delete every virtual service
  --restore         -R        apply the commands read from standard input, all or nothing
  --save            -S        print the table as commands for --restore
  --add-server      -a        add a real server
  --edit-server     -e        replace a real server's settings
  --delete-server   -d        delete a real server
  --list            -L|-l     print the table
  --zero            -Z        zero the counters of a service or of all
  --set tcp tcpfin udp        set connection timeouts (0 keeps the current value)
  --add-laddr       -P        add a FULLNAT local address to a service
  --del-laddr       -Q        remove a FULLNAT local address
  --get-laddr       -G        print the FULLNAT local addresses
  status                      print the card's state
  flash --board NAME FILE     write a board's configuration flash (openFPGALoader)
  --help            -h        print this text
  --version         -v        print the version

Options:
  --tcp-service  -t service-address   host[:port]
  --udp-service  -u service-address   host[:port]
  --fwmark-service -f fwmark          an integer greater than zero
  --scheduler    -s scheduler         rr|wrr|lc|wlc|sh|dh|sed|nq|mh (default wlc)
  --persistent   -p [timeout]         persistent service (default 360 seconds)
  --netmask      -M netmask           persistence granularity
  --sched-flags  -b flags             scheduler flags, comma-separated
  --proxy-protocol v2|none            FULLNAT: a PROXY v2 header tells real servers the client
  --real-server  -r server-address    host[:port]
  --gatewaying   -g                   direct routing (default)
  --ipip         -i                   IP-in-IP tunnelling
  --masquerading -m                   NAT
  --fullnat                           full NAT (source and destination rewritten)
  --weight       -w weight            0 to 65535 (default 1)
  --u-threshold  -x uthreshold        upper connection threshold
  --l-threshold  -y lthreshold        lower connection threshold
  --laddr        -z address           FULLNAT local address
  --numeric      -n                   numeric output (always)
  --connection   -c                   list connections
  --stats                             list counters
  --rate                              list rates
  --exact                             counters without K/M/G
  --thresholds                        list thresholds
  --persistent-conn                   list persistent connections
  --timeout                           list timeouts
  --nosort                            list in the order things were added
",
    );
    s
}
