"""Who is asking: the visitor's address, as the site's own proxies report it, and the block it belongs to."""

import ipaddress

from django.conf import settings

# One person or household holds a whole IPv6 /64 (the size every ISP hands out), so it counts as one address.
IPV6_BLOCK = 64


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the entry our own proxies added to X-Forwarded-For; None if unreadable."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        # Each trusted proxy appended the address it saw; what a client wrote itself comes before those.
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def address_block(ip_address):
    """The unit an address is limited by: the address itself for IPv4, the first address of its /64 for IPv6.

    Always an address (storable as one), or "unknown" for none. An IPv4 address
    mapped into IPv6 (::ffff:192.0.2.1) counts as the IPv4 address it is.
    """
    try:
        address = ipaddress.ip_address(ip_address or "")
    except ValueError:
        return "unknown"
    if address.version == 6 and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    if address.version == 4:
        return str(address)
    return str(ipaddress.ip_network(f"{address}/{IPV6_BLOCK}", strict=False).network_address)


def axes_client_ip(request):
    """The address django-axes counts failed log-ins by: the same block as every other limit of the site."""
    block = address_block(client_ip(request))
    return None if block == "unknown" else block
