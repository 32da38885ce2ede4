"""Runs a command on a new pseudo-terminal and answers its prompts, like a person typing.

usage: pty-driver.py STEPS_JSON COMMAND [ARG...]
STEPS_JSON is a list of [text to wait for, keys to send]; each wait looks only at output since the last send.
Prints one JSON object: {"output": everything the terminal showed, "code": the exit status}, or {"error": ...}.
Used by terminal.test.ts; Python's pty module is the only portable way to get a real terminal without packages.
"""
import json
import os
import pty
import select
import signal
import sys
import time

steps = json.loads(sys.argv[1])
command = sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

output = b''
mark = 0


def fail(message):
    os.kill(pid, signal.SIGKILL)
    print(json.dumps({'error': message, 'output': output.decode('utf8', 'replace')}))
    sys.exit(1)


def read_until(pattern, timeout=60):
    """Reads until `pattern` appears after `mark`, or until end of output when `pattern` is None."""
    global output
    deadline = time.time() + timeout
    while pattern is None or pattern.encode() not in output[mark:]:
        ready, _, _ = select.select([fd], [], [], max(0, deadline - time.time()))
        if not ready:
            fail('timed out waiting for %r' % pattern)
        try:
            data = os.read(fd, 4096)
        except OSError:
            data = b''
        if not data:
            if pattern is None:
                return
            fail('the program ended before showing %r' % pattern)
        output += data


for expected, keys in steps:
    read_until(expected)
    mark = len(output)
    os.write(fd, keys.encode())
read_until(None)
_, status = os.waitpid(pid, 0)
print(json.dumps({'output': output.decode('utf8', 'replace'), 'code': os.waitstatus_to_exitcode(status)}))
