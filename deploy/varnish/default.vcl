# Varnish in front of Rundblick (docs/caching.md, "CDN tier").
#
# Varnish 7.1 with vmod xkey (Debian: apt-get install varnish varnish-modules).
# Start the app with VARNISH_URLS naming this node, so every expiry arrives
# here as a purge by tag. Only the backend's .host and .port lines need
# changing; everything else is what this site needs on top of Varnish's
# builtin.vcl, which still runs after each subroutine below that does not
# return.

vcl 4.1;

import std;
import xkey;

backend rundblick {
    .host = "127.0.0.1";
    .port = "3000";
    # Our front answers a page within 10 s or with its own 503.
    .first_byte_timeout = 15s;
    # Health decides how long stale pages may be served: a short while when
    # healthy, a day when not (vcl_recv). /api/health is 503 while the
    # database is away; cached pages are then served from here as the front
    # would serve them.
    .probe = {
        .url = "/api/health";
        .interval = 2s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}

# Who may purge: the app instances (VARNISH_URLS on each of them points
# here). Add their addresses when they run on other machines.
acl purgers {
    "127.0.0.1";
    "::1";
}

#######################################################################
# Client side

sub vcl_recv {
    call rundblick_purge;
    call rundblick_grace;
    call rundblick_private;
    call rundblick_cookies;
    # Falls through to builtin.vcl (host, method, Authorization, Cookie).
}

# PURGE with the keys in `xkey-purge` (gone now) or `xkey-softpurge` (stale:
# served within grace while it is fetched anew), space-separated; a PURGE
# without either purges the URL itself. lib/cdn/varnish.ts sends these.
sub rundblick_purge {
    if (req.method != "PURGE") {
        return;
    }
    if (client.ip !~ purgers) {
        return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-purge) {
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    if (req.http.xkey-softpurge) {
        set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
        return (synth(200, "Soft-purged " + req.http.n-gone));
    }
    return (purge);
}

# Objects keep a day of grace (vcl_backend_response); while the backend is
# healthy only a few seconds of it are used, so a reader gets at most a
# moment-old page while a fresh one is fetched. When the backend is down,
# the whole day is.
sub rundblick_grace {
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
}

# Never cached, as in our own response cache (lib/http/response-cache.ts):
# the admin, the API (beacons, health, login), Next's router requests, and
# editors (better-auth's session cookie, lib/auth/session-cookie.ts).
sub rundblick_private {
    if (req.url ~ "^/(admin|api)(/|\?|$)") {
        return (pass);
    }
    if (req.http.rsc || req.http.next-router-prefetch || req.http.next-router-state-tree || req.http.next-action || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?better-auth\.session_token=") {
        return (pass);
    }
}

# A reader page is the same for every reader: other cookies (analytics,
# consent) do not change it, so they must not make it uncacheable, as
# builtin.vcl would. Other methods keep theirs (builtin.vcl passes them).
sub rundblick_cookies {
    if (req.method == "GET" || req.method == "HEAD") {
        unset req.http.Cookie;
    }
}

#######################################################################
# Backend side

sub vcl_backend_fetch {
    # Tells the front we assemble <esi:include> (Edge Side Includes); it
    # answers with Surrogate-Control: content="ESI/1.0" when a page has them.
    set bereq.http.Surrogate-Capability = {"varnish="ESI/1.0""};
}

sub vcl_backend_response {
    call rundblick_esi;
    call rundblick_keep_stale;
    # Falls through to builtin.vcl: Set-Cookie, private, no-store and
    # no-cache answers are never cached (hit-for-miss).
}

sub rundblick_esi {
    if (beresp.http.Surrogate-Control ~ {"content="ESI/1.0""}) {
        unset beresp.http.Surrogate-Control;
        set beresp.do_esi = true;
    }
}

sub rundblick_keep_stale {
    # A day of grace: what readers get while the origin is down
    # (rundblick_grace). The lifetime itself is the origin's s-maxage.
    set beresp.grace = 24h;
}

# A page that could not be fetched and is not in the cache: a short German
# page, as our front answers when it cannot render.
sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "5";
    set beresp.http.Cache-Control = "no-store";
    set beresp.body = {"<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Vorübergehend nicht erreichbar</title></head>
<body><h1>Vorübergehend nicht erreichbar</h1><p>Bitte versuchen Sie es in wenigen Sekunden noch einmal.</p></body></html>
"};
    return (deliver);
}

#######################################################################
# Delivery

sub vcl_deliver {
    # Tags are for purging here, not for readers. Surrogate-Key and
    # Cache-Tag stay: the front sends them only when Fastly or Cloudflare
    # is configured, i.e. in front of this node, and those read and strip
    # them themselves.
    unset resp.http.xkey;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
