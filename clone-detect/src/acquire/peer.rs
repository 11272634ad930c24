//! Who is at the other end of a loopback connection: the browser's proxy
//! and its DevTools relay listen on 127.0.0.1, where any local user can
//! connect. The kernel's socket table (`/proc/net/tcp`) names the owner of
//! the peer's socket; only this process's own user is served.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Accepts connections on `listener` until the task running it is aborted
/// (which aborts the connections still open): only from this user's sockets
/// on loopback ([`is_own_user`]), at most `max` at once, each given to
/// `serve` for at most `lifetime`. `what` names the listener in logs.
pub(super) async fn accept_own<F, Fut>(
    listener: TcpListener,
    max: usize,
    lifetime: Duration,
    what: &'static str,
    serve: F,
) where
    F: Fn(TcpStream) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let slots = Arc::new(Semaphore::new(max));
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        let (stream, peer) = match listener.accept().await {
            Ok(c) => c,
            Err(e) => {
                // Out of descriptors, or a connection reset before accept.
                log::debug!("{what}: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Other local users can reach the port, but are not served.
        let own = stream
            .local_addr()
            .is_ok_and(|local| is_own_user(peer, local));
        if !peer.ip().is_loopback() || !own {
            continue;
        }
        let served = serve(stream);
        connections.spawn(async move {
            let _slot = slot;
            let _ = tokio::time::timeout(lifetime, served).await;
        });
    }
}

/// Whether the connection from `peer` to `local` (both on IPv4 loopback)
/// comes from a socket owned by this process's user. False when it cannot
/// be told (not IPv4, no such socket in the table, no `/proc`).
pub(super) fn is_own_user(peer: SocketAddr, local: SocketAddr) -> bool {
    let Ok(table) = std::fs::read_to_string("/proc/net/tcp") else {
        return false;
    };
    let own = rustix::process::getuid().as_raw();
    socket_owner(&table, peer, local) == Some(own)
}

/// The uid owning the socket whose local address is `peer` and whose
/// remote address is `local`, from the text of `/proc/net/tcp`.
fn socket_owner(table: &str, peer: SocketAddr, local: SocketAddr) -> Option<u32> {
    let (Some(peer), Some(local)) = (kernel_hex(peer), kernel_hex(local)) else {
        return None;
    };
    table.lines().skip(1).find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (from, to, uid) = (fields.get(1)?, fields.get(2)?, fields.get(7)?);
        (from.eq_ignore_ascii_case(&peer) && to.eq_ignore_ascii_case(&local))
            .then(|| uid.parse().ok())
            .flatten()
    })
}

/// An IPv4 socket address as `/proc/net/tcp` writes it: the address as a
/// little-endian 32-bit word in hex, a colon, the port in hex.
fn kernel_hex(addr: SocketAddr) -> Option<String> {
    let IpAddr::V4(ip) = addr.ip() else {
        return None;
    };
    Some(format!(
        "{:08X}:{:04X}",
        u32::from_le_bytes(ip.octets()),
        addr.port()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    const LOOPBACK: Ipv4Addr = Ipv4Addr::LOCALHOST;

    #[test]
    fn addresses_are_written_as_the_kernel_does() {
        let addr = SocketAddr::from((LOOPBACK, 8080));
        assert_eq!(kernel_hex(addr).unwrap(), "0100007F:1F90");
        assert_eq!(kernel_hex("[::1]:80".parse().unwrap()), None);
    }

    #[test]
    fn the_owner_is_read_from_the_matching_line() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n\
           0: 0100007F:1F90 0100007F:9C40 01 00000000:00000000 00:00000000 00000000  1000        0 1 1\n\
           1: 0100007F:9C40 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 2 1\n";
        let server = SocketAddr::from((LOOPBACK, 8080));
        let client = SocketAddr::from((LOOPBACK, 40000));
        assert_eq!(socket_owner(table, client, server), Some(0));
        assert_eq!(socket_owner(table, server, client), Some(1000));
        assert_eq!(
            socket_owner(table, SocketAddr::from((LOOPBACK, 1)), server),
            None
        );
    }

    #[test]
    fn a_connection_of_this_process_is_its_own_users() {
        let listener = std::net::TcpListener::bind((LOOPBACK, 0)).unwrap();
        let client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (_server, peer) = listener.accept().unwrap();
        assert_eq!(peer, client.local_addr().unwrap());
        assert!(is_own_user(peer, listener.local_addr().unwrap()));
    }
}
