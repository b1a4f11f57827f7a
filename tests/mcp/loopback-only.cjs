// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// Preloaded (node --require) into MCP servers started by the tests. server-everything's HTTP
// mode calls app.listen(PORT) without a host, which binds every interface; this keeps the
// test server on 127.0.0.1, and tells the test the port the system picked for PORT=0:
// "confab-test-port=N" on stderr.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    const first = args[0];
    const port = typeof first === 'number' ? first
        : (typeof first === 'string' && /^\d+$/.test(first)) ? Number(first) : null;
    if (port === null)
        return listen.apply(this, args);
    const callback = args.find((a) => typeof a === 'function');
    this.once('listening', () => {
        process.stderr.write(`confab-test-port=${this.address().port}\n`);
    });
    return callback ? listen.call(this, port, '127.0.0.1', callback)
        : listen.call(this, port, '127.0.0.1');
};
