//! Carrying requests out on a [`Config`], with the kernel's checks and ipvsadm's
//! wording of its refusals.

use super::{flags, parse, AdmError, Request, MAX_TIMEOUT};
use crate::config::{Config, ForwardMethod, Protocol, RealServer, Service, ServiceKey};
use std::net::IpAddr;

/// ipvsadm's words for the kernel's `EINVAL`, which it gives for an address that is
/// not unicast.
const EINVAL: &str = "Invalid operation.  Possibly wrong module version, address not unicast, ...";

/// ipvsadm's words (the C library's) for the kernel's `ERANGE`.
const ERANGE: &str = "Numerical result out of range";

/// Carries a request out on `config`, all or nothing: on error `config` is unchanged.
///
/// Requests that only read the table change nothing; they are checked as ipvsadm's
/// kernel would check them (listing or zeroing a service that does not exist fails
/// with "No such service"), so the daemon can call `apply` for every request before
/// printing. [`Request::Restore`] applies its text with [`restore`].
pub fn apply(config: &mut Config, req: &Request) -> Result<(), AdmError> {
    match req {
        Request::Restore { text } => restore(config, text),
        _ => apply_one(config, req),
    }
}

/// Applies restore input — lines as `ipvsadm -S` writes them, each the arguments of
/// one command (optionally after the word `ipvsadm` or `fpvsadm`; `#` starts a
/// comment) — all or nothing: on error `config` is unchanged and the error names the
/// line.
pub fn restore(config: &mut Config, text: &str) -> Result<(), AdmError> {
    let mut work = config.clone();
    for (n, line) in text.lines().enumerate() {
        let at = |error: AdmError| AdmError::Restore {
            line: n + 1,
            error: Box::new(error),
        };
        let words = restore_words(line);
        if words.is_empty() {
            continue;
        }
        let req = parse(&words).map_err(at)?;
        if !req.mutates() || matches!(req, Request::Restore { .. }) {
            return Err(at(AdmError::usage(
                "only commands that change the table can be restored",
            )));
        }
        apply_one(&mut work, &req).map_err(at)?;
    }
    *config = work;
    Ok(())
}

/// The arguments on one line of restore input.
fn restore_words(line: &str) -> Vec<String> {
    let line = line.split('#').next().unwrap_or("");
    let mut words = line.split_whitespace().peekable();
    if let Some(first) = words.peek() {
        let prog = first.rsplit('/').next().unwrap_or(first);
        if prog == "ipvsadm" || prog == "fpvsadm" {
            words.next();
        }
    }
    words.map(str::to_string).collect()
}

fn find(config: &Config, key: &ServiceKey) -> Option<usize> {
    config.services.iter().position(|(s, _)| s.key == *key)
}

/// The position of a service the request needs, or the kernel's error.
fn service_index(config: &Config, key: &ServiceKey, missing: &str) -> Result<usize, AdmError> {
    find(config, key).ok_or_else(|| AdmError::table(missing))
}

/// A single request; `config` is changed only once every check has passed.
fn apply_one(config: &mut Config, req: &Request) -> Result<(), AdmError> {
    match req {
        Request::AddService(svc) => {
            let svc = checked_service(svc)?;
            if find(config, &svc.key).is_some() {
                return Err(AdmError::table("Service already exists"));
            }
            config.services.push((svc, Vec::new()));
        }
        Request::EditService(svc) => {
            let svc = checked_service(svc)?;
            let i = service_index(config, &svc.key, "No such service")?;
            if svc.proxy_protocol {
                if let Some(rs) = config.services[i]
                    .1
                    .iter()
                    .find(|rs| rs.method != ForwardMethod::FullNat)
                {
                    return Err(AdmError::table(proxy_needs_fullnat(rs.method)));
                }
            }
            config.services[i].0 = svc;
        }
        Request::DeleteService(key) => {
            let i = service_index(config, key, "No such service")?;
            config.services.remove(i);
            config.local_addrs.retain(|la| la.service != *key);
        }
        Request::Clear => {
            config.services.clear();
            config.local_addrs.clear();
        }
        Request::AddServer { service, server } => {
            let i = service_index(config, service, "Service not defined")?;
            let rs = checked_server(service, server)?;
            if config.services[i].0.proxy_protocol && rs.method != ForwardMethod::FullNat {
                return Err(AdmError::table(proxy_needs_fullnat(rs.method)));
            }
            let servers = &mut config.services[i].1;
            if servers
                .iter()
                .any(|d| d.addr == rs.addr && d.port == rs.port)
            {
                return Err(AdmError::table("Destination already exists"));
            }
            servers.push(rs);
        }
        Request::EditServer { service, server } => {
            let i = service_index(config, service, "Service not defined")?;
            let rs = checked_server(service, server)?;
            if config.services[i].0.proxy_protocol && rs.method != ForwardMethod::FullNat {
                return Err(AdmError::table(proxy_needs_fullnat(rs.method)));
            }
            let servers = &mut config.services[i].1;
            let d = servers
                .iter_mut()
                .find(|d| d.addr == rs.addr && d.port == rs.port)
                .ok_or_else(|| AdmError::table("No such destination"))?;
            *d = rs;
        }
        Request::DeleteServer {
            service,
            addr,
            port,
        } => {
            let i = service_index(config, service, "Service not defined")?;
            let servers = &mut config.services[i].1;
            let j = servers
                .iter()
                .position(|d| d.addr == *addr && d.port == *port)
                .ok_or_else(|| AdmError::table("No such destination"))?;
            servers.remove(j);
        }
        Request::SetTimeouts(t) => {
            for v in [t.tcp, t.tcpfin, t.udp] {
                if v > MAX_TIMEOUT {
                    return Err(AdmError::usage(format!(
                        "invalid timeout value `{v}' specified"
                    )));
                }
            }
            let cur = &mut config.timeouts;
            for (new, old) in [
                (t.tcp, &mut cur.tcp),
                (t.tcpfin, &mut cur.tcpfin),
                (t.udp, &mut cur.udp),
            ] {
                if new != 0 {
                    *old = new;
                }
            }
        }
        Request::AddLaddr(la) => {
            service_index(config, &la.service, "Service not defined")?;
            unicast(la.addr)?;
            if config.local_addrs.contains(la) {
                return Err(AdmError::table("Local address already exists"));
            }
            config.local_addrs.push(*la);
        }
        Request::DelLaddr(la) => {
            service_index(config, &la.service, "Service not defined")?;
            let j = config
                .local_addrs
                .iter()
                .position(|x| x == la)
                .ok_or_else(|| AdmError::table("No such local address"))?;
            config.local_addrs.remove(j);
        }
        Request::List(opts) => {
            if let Some(key) = &opts.service {
                service_index(config, key, "No such service")?;
            }
        }
        Request::Zero(Some(key)) | Request::GetLaddr(Some(key)) => {
            service_index(config, key, "No such service")?;
        }
        Request::Restore { .. } => {
            return Err(AdmError::usage(
                "only commands that change the table can be restored",
            ))
        }
        Request::Zero(None)
        | Request::GetLaddr(None)
        | Request::Save { .. }
        | Request::Status
        | Request::Flash(_)
        | Request::Help
        | Request::Version => {}
    }
    Ok(())
}

/// The kernel refuses services and real servers at addresses that are not unicast;
/// so does FPVS (the card could never see traffic for them).
fn unicast(addr: IpAddr) -> Result<(), AdmError> {
    let broadcast = matches!(addr, IpAddr::V4(a) if a.is_broadcast());
    if addr.is_unspecified() || broadcast || addr.is_multicast() {
        return Err(AdmError::table(EINVAL));
    }
    Ok(())
}

/// A service as `-A`/`-E` would send it, checked as ipvsadm and the kernel check it,
/// with its scheduler flags in canonical form.
fn checked_service(svc: &Service) -> Result<Service, AdmError> {
    match svc.key {
        ServiceKey::Addr { addr, port, .. } => {
            if port == 0 && svc.persistence.is_none() {
                return Err(AdmError::usage(
                    "Zero port specified for non-persistent service",
                ));
            }
            unicast(addr)?;
        }
        ServiceKey::FwMark(0) => {
            return Err(AdmError::usage("invalid fwmark value `0' specified"));
        }
        ServiceKey::FwMark(_) => {}
    }
    if let Some(p) = &svc.persistence {
        if !(1..=MAX_TIMEOUT).contains(&p.timeout) {
            return Err(AdmError::usage(format!(
                "invalid timeout value `{}' specified",
                p.timeout
            )));
        }
    }
    if svc.proxy_protocol
        && !matches!(
            svc.key,
            ServiceKey::Addr {
                proto: Protocol::Tcp,
                ..
            }
        )
    {
        return Err(AdmError::usage(
            "the PROXY protocol needs a TCP service (-t): its header opens a TCP stream",
        ));
    }
    let bits = flags::bits(svc.scheduler, &svc.sched_flags)?;
    Ok(Service {
        sched_flags: flags::names(svc.scheduler, bits),
        ..svc.clone()
    })
}

/// Why a PROXY protocol service cannot have a real server of this method.
fn proxy_needs_fullnat(m: ForwardMethod) -> String {
    format!(
        "PROXY protocol services need FULLNAT real servers (--fullnat): with {} the \
         card cannot insert the header and keep the connection's sequence numbers \
         consistent",
        m.list_name()
    )
}

/// A real server as `-a`/`-e` would send it, checked as ipvsadm and the kernel check
/// it. Direct routing and tunnelling keep the service's port.
fn checked_server(key: &ServiceKey, rs: &RealServer) -> Result<RealServer, AdmError> {
    unicast(rs.addr)?;
    if rs.weight > 65535 {
        return Err(AdmError::usage("illegal weight specified"));
    }
    if rs.u_threshold > i32::MAX as u32 {
        return Err(AdmError::usage("illegal u_threshold specified"));
    }
    if rs.l_threshold > i32::MAX as u32 {
        return Err(AdmError::usage("illegal l_threshold specified"));
    }
    if rs.l_threshold > rs.u_threshold {
        return Err(AdmError::table(ERANGE));
    }
    let mut rs = *rs;
    if let (ServiceKey::Addr { port, .. }, ForwardMethod::Dr | ForwardMethod::Tun) =
        (key, rs.method)
    {
        rs.port = *port;
    }
    Ok(rs)
}
