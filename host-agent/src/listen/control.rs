//! The control socket: one request frame in, one answer frame out, the request
//! handled by the card thread.

use super::serve::serve;
use super::{ListenerLimits, ListenerStats};
use crate::proto::{tokio_io, write_frame, ControlRequest, ControlResponse};
use std::io::Write;
use std::sync::{mpsc, Arc};

/// Where the card thread sends a request's answer.
pub type Reply = tokio::sync::oneshot::Sender<ControlResponse>;

/// Serves the control socket for ever, passing each request to the card thread
/// through `ctl` and its answer back.
pub async fn control_server(
    listener: std::os::unix::net::UnixListener,
    ctl: mpsc::Sender<(ControlRequest, Reply)>,
    limits: ListenerLimits,
    stats: Arc<ListenerStats>,
) {
    let listener = match tokio::net::UnixListener::from_std(listener) {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(error = %e, "control socket: cannot serve it");
            return;
        }
    };
    let mut refusal = Vec::new();
    let _ = write_frame(
        &mut refusal,
        &ControlResponse::err(
            1,
            format!(
                "fpvsd: too many control connections open (the limit is {}); try again",
                limits.max_conns
            ),
        ),
    );
    // The frame is small and the socket new: one write without waiting fits it in
    // the socket's buffer, to be read even after the close (fpvsadm reads it even
    // when its own request found the socket closed).
    let refuse = move |s: tokio::net::UnixStream| {
        if let Ok(mut s) = s.into_std() {
            let _ = s.write(&refusal);
        }
    };
    let counted = stats.clone();
    let handle = move |mut stream: tokio::net::UnixStream| {
        let (ctl, stats) = (ctl.clone(), stats.clone());
        async move {
            let read = tokio_io::read_frame::<ControlRequest>(&mut stream);
            let Some(read) = stats.within(limits.io_timeout, read).await else {
                return;
            };
            let resp = match read {
                Ok(req) => {
                    let (tx, rx) = tokio::sync::oneshot::channel();
                    if ctl.send((req, tx)).is_err() {
                        return;
                    }
                    match rx.await {
                        Ok(r) => r,
                        Err(_) => ControlResponse::err(1, "fpvsd is stopping"),
                    }
                }
                Err(e) => ControlResponse::err(2, format!("fpvsd: {e}")),
            };
            let write = tokio_io::write_frame(&mut stream, &resp);
            let _ = stats.within(limits.io_timeout, write).await;
        }
    };
    serve(listener, "control", limits, counted, refuse, handle).await;
}
