"""A throw-away qemu VM whose kernel has SCTP, for the tests of the SCTP transport.

Some kernels have no SCTP (socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP) fails with errno 93).
This module boots Debian's generic amd64 kernel under qemu (software emulation, TCG: no KVM
needed) and runs ONE command in it:

* the kernel package that Debian's linux-image-amd64 depends on is fetched with
  ``apt-get download`` and unpacked into a cache directory (never installed); the ELF vmlinux is
  extracted from the compressed bzImage once, since booting it through its PVH entry point saves
  several seconds per boot;
* a small initramfs (a static busybox, the modules for virtio-pci, 9p, overlayfs, SCTP and the
  traffic control that drops one path's packets, an ``/init`` script) mounts the host's ``/``
  read-only over virtio-9p with a tmpfs overlay on top, so the guest sees the host's files at the
  same absolute paths and can write anywhere (its writes are discarded);
* ``/init`` mounts fresh proc, sys and dev (everything else, /tmp included, is the host's, seen
  through the overlay), brings up ``lo`` (127.0.0.0/8 and ::1; there is no network device),
  runs the command in a chroot with the given working directory and environment, writes its
  output and exit status to a second, writable 9p share (a host temporary directory, also at
  /run/sctp-vm in the guest) and powers off.

By hand::

    python tests/vm/sctpvm.py --prepare          # fetch the kernel and build the initramfs
    python tests/vm/sctpvm.py -- python3 -c 'import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM, 132)'

The Debian packages it needs (qemu-system-x86, busybox-static, kmod) are installed by
``.ci/sctp-vm-deps`` when root. ``unavailable_reason()`` says why the VM cannot run here.
"""

from __future__ import annotations

import argparse
import fcntl
import gzip
import hashlib
import json
import lzma
import os
import platform
import re
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = REPO / ".cache" / "sctp-vm"
KERNEL_META_PACKAGE = "linux-image-amd64"
# Loaded in this order, each after the modules it depends on (modprobe --show-depends). sch_prio,
# cls_u32 and act_gact: a tc filter on lo that drops one path's packets silently
# (tests/vm/guest_sctp_failover.py). The cache is prepared again when this list changes.
MODULES = ("virtio_pci", "9pnet_virtio", "9p", "overlay", "sctp", "sch_prio", "cls_u32", "act_gact")
QEMU = "qemu-system-x86_64"
SBIN = ("/usr/sbin", "/sbin")
XZ_MAGIC = b"\xfd7zXZ\x00"

INIT = r"""#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
fail() { echo "sctp-vm: $*"; poweroff -f; }
mount -t devtmpfs devtmpfs /dev
mount -t proc proc /proc
mount -t sysfs sysfs /sys
while read -r m; do insmod "/lib/modules/$m.ko" || echo "sctp-vm: insmod $m failed"; done < /modules
ip link set lo up || fail "no loopback"
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144,cache=loose hostroot /lower \
    || fail "cannot mount the host's / (9p)"
mount -t tmpfs -o mode=0755 tmpfs /rw && mkdir /rw/upper /rw/work || fail "no tmpfs"
mount -t overlay -o lowerdir=/lower,upperdir=/rw/upper,workdir=/rw/work overlay /newroot \
    || fail "no overlayfs"
mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 job /job || fail "cannot mount the job share"
cd /newroot
mount -t proc proc proc
mount -t sysfs sysfs sys
mount -t devtmpfs devtmpfs dev
mkdir -p dev/pts dev/shm
mount -t devpts -o newinstance,ptmxmode=0666 devpts dev/pts
mount -t tmpfs -o mode=1777 tmpfs dev/shm
mkdir -p run/sctp-vm && mount -o bind /job run/sctp-vm || fail "cannot bind the job share"
cd /
chroot /newroot /bin/sh /run/sctp-vm/job.sh </dev/null >/job/output 2>&1
echo $? >/job/status.tmp && mv /job/status.tmp /job/status
sync
poweroff -f
"""

# No PS/2 or extra serial ports probed, no crypto self-tests, no speculative-execution
# mitigations (slow under emulation: the guest has no secrets to protect).
KERNEL_CMDLINE = (
    "console=ttyS0 quiet panic=-1 rdinit=/init mitigations=off no_timer_check "
    "i8042.noaux i8042.nokbd i8042.nopnp 8250.nr_uarts=1 cryptomgr.notests "
    "tsc=reliable audit=0 apparmor=0"
)


class VmUnavailable(Exception):
    """The VM cannot run on this machine; the message says why."""


@dataclass(frozen=True)
class VmAssets:
    kernel_version: str  # e.g. 6.1.0-56-amd64
    kernel: Path  # the ELF vmlinux (PVH entry) or, failing that, the bzImage
    initramfs: Path  # uncompressed cpio (newc)


@dataclass(frozen=True)
class VmResult:
    status: int | None  # the command's exit status; None when it did not finish
    output: str  # the command's standard output and error, together
    console: str  # the serial console (kernel, /init) and anything qemu printed
    timed_out: bool
    seconds: float  # wall time from starting qemu to its exit

    @property
    def ok(self) -> bool:
        return self.status == 0


def _which(name: str) -> str | None:
    path = os.pathsep.join([os.environ.get("PATH", os.defpath), *SBIN])
    return shutil.which(name, path=path)


def _need(name: str, package: str) -> str:
    found = _which(name)
    if found is None:
        raise VmUnavailable(f"{name} not found (Debian package {package}; .ci/sctp-vm-deps installs it as root)")
    return found


def _run(argv: Sequence[str], *, cwd: Path | None = None, timeout: float = 300) -> str:
    try:
        done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise VmUnavailable(f"{shlex.join(argv)}: {e}") from e
    if done.returncode != 0:
        raise VmUnavailable(f"{shlex.join(argv)} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done.stdout


# --- ELF: is busybox static, does the kernel have a PVH entry point ---------------------------


def _elf_segments(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(p_type, contents) for every program header of a little-endian ELF64 file."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        p_type, _flags, offset, _vaddr, _paddr, filesz = struct.unpack_from("<IIQQQQ", data, phoff + i * phentsize)
        yield p_type, data[offset : offset + filesz]


def _elf_is_static(data: bytes) -> bool:
    return all(p_type != 3 for p_type, _ in _elf_segments(data))  # no PT_INTERP


def _elf_has_pvh_entry(data: bytes) -> bool:
    """Whether the kernel has a XEN_ELFNOTE_PHYS32_ENTRY note, which qemu boots directly."""
    for p_type, notes in _elf_segments(data):
        if p_type != 4:  # PT_NOTE
            continue
        pos = 0
        while pos + 12 <= len(notes):
            namesz, descsz, n_type = struct.unpack_from("<III", notes, pos)
            name = notes[pos + 12 : pos + 12 + namesz].rstrip(b"\0")
            if name == b"Xen" and n_type == 18:
                return True
            pos += 12 + (namesz + 3) // 4 * 4 + (descsz + 3) // 4 * 4
    return False


def extract_vmlinux(bzimage: bytes) -> bytes | None:
    """The ELF kernel inside an xz-compressed bzImage, or None (other compression, no PVH)."""
    start = bzimage.find(XZ_MAGIC)
    if start < 0:
        return None
    decompressor = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
    try:
        elf = decompressor.decompress(bzimage[start:])  # what follows the stream is left unused
    except lzma.LZMAError:
        return None
    try:
        return elf if decompressor.eof and _elf_has_pvh_entry(elf) else None
    except (ValueError, struct.error):
        return None


# --- cpio (newc) ---------------------------------------------------------------------------------


class _Cpio:
    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.ino = 0

    def _entry(self, name: str, mode: int, data: bytes = b"", rdev: tuple[int, int] = (0, 0)) -> None:
        self.ino += 1
        encoded = name.encode() + b"\0"
        fields = (self.ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(encoded), 0)
        header = b"070701" + b"".join(b"%08X" % f for f in fields)
        self.parts += [header, encoded, b"\0" * (-(len(header) + len(encoded)) % 4), data, b"\0" * (-len(data) % 4)]

    def dir(self, name: str) -> None:
        self._entry(name, 0o040755)

    def file(self, name: str, data: bytes, mode: int = 0o644) -> None:
        self._entry(name, 0o100000 | mode, data)

    def chardev(self, name: str, major: int, minor: int) -> None:
        self._entry(name, 0o020600, rdev=(major, minor))

    def build(self) -> bytes:
        self._entry("TRAILER!!!", 0)
        data = b"".join(self.parts)
        return data + b"\0" * (-len(data) % 512)


# --- preparing the kernel and the initramfs ----------------------------------------------------


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _kernel_package(cache: Path) -> str:
    """linux-image-<version>-amd64 as linux-image-amd64 depends on it; a cached one when apt cannot say."""
    reason = ""
    if _which("apt-cache") is None:
        reason = "apt-cache not found (the kernel comes from Debian's linux-image-amd64)"
    else:
        try:
            out = _run(["apt-cache", "depends", KERNEL_META_PACKAGE], timeout=60)
            found = re.search(r"^\s*Depends:\s*(linux-image-\S+-amd64)\s*$", out, re.MULTILINE)
            if found:
                return found.group(1)
            reason = f"apt-cache depends {KERNEL_META_PACKAGE} names no kernel image"
        except VmUnavailable as e:
            reason = str(e) + " (apt-get update?)"
    cached = sorted(cache.glob("*/kernel.json"), key=lambda p: p.stat().st_mtime)
    if cached:
        return "linux-image-" + cached[-1].parent.name
    raise VmUnavailable(reason)


def _read_module(path: Path) -> bytes:
    """A module's ELF contents; busybox insmod may not decompress, so it gets them plain."""
    data = path.read_bytes()
    if path.name.endswith(".ko.xz"):
        return lzma.decompress(data)
    if path.name.endswith(".ko.gz"):
        return gzip.decompress(data)
    if path.name.endswith(".ko.zst"):
        zstd = _need("zstd", "zstd")
        return subprocess.run([zstd, "-dc", str(path)], capture_output=True, check=True, timeout=60).stdout
    return data


def _prepare_kernel(package: str, kver: str, kdir: Path) -> None:
    """Download and unpack the kernel package into a temporary directory; keep only what boots."""
    apt_get = _need("apt-get", "apt")
    dpkg_deb = _need("dpkg-deb", "dpkg")
    depmod = _need("depmod", "kmod")
    modprobe = _need("modprobe", "kmod")
    tmp = Path(tempfile.mkdtemp(prefix=f".{kver}-", dir=kdir.parent))
    try:
        _run([apt_get, "download", "-q", package], cwd=tmp)
        debs = list(tmp.glob("*.deb"))
        if len(debs) != 1:
            raise VmUnavailable(f"apt-get download {package} gave {debs}")
        root = tmp / "root"
        _run([dpkg_deb, "-x", str(debs[0]), str(root)])
        _run([depmod, "-b", str(root), kver])  # the package ships no modules.dep
        out = tmp / "out"
        (out / "modules").mkdir(parents=True)
        order: list[str] = []
        for module in MODULES:
            lines = _run([modprobe, "-d", str(root), "-S", kver, "--show-depends", module])
            for line in lines.splitlines():
                words = line.split()
                if len(words) >= 2 and words[0] == "insmod":
                    ko = Path(words[1])
                    name = ko.name.split(".ko")[0]
                    if name not in order:
                        order.append(name)
                        (out / "modules" / f"{name}.ko").write_bytes(_read_module(ko))
        bzimage = (root / "boot" / f"vmlinuz-{kver}").read_bytes()
        (out / "vmlinuz").write_bytes(bzimage)
        vmlinux = extract_vmlinux(bzimage)
        if vmlinux is not None:
            (out / "vmlinux").write_bytes(vmlinux)
        meta = {
            "package": package,
            "kernel_version": kver,
            "modules": order,
            "requested": list(MODULES),
            "kernel": "vmlinux" if vmlinux is not None else "vmlinuz",
        }
        (out / "kernel.json").write_text(json.dumps(meta, indent=1) + "\n")
        if kdir.exists():  # prepared for another MODULES
            shutil.rmtree(kdir)
        os.rename(out, kdir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _busybox() -> bytes:
    for candidate in ("/bin/busybox", "/usr/bin/busybox", _which("busybox")):
        if candidate and os.path.exists(candidate):
            data = Path(candidate).read_bytes()
            try:
                if _elf_is_static(data):
                    return data
            except (ValueError, struct.error):
                pass
    raise VmUnavailable("no statically linked busybox (Debian package busybox-static)")


def _initramfs(kdir: Path, modules: Sequence[str]) -> Path:
    busybox = _busybox()
    key = hashlib.sha256(INIT.encode() + "\n".join(modules).encode() + busybox).hexdigest()[:16]
    path = kdir / f"initramfs-{key}.cpio"
    if path.exists():
        return path
    cpio = _Cpio()
    for d in (".", "bin", "dev", "proc", "sys", "lower", "rw", "newroot", "job", "lib", "lib/modules"):
        cpio.dir(d)
    cpio.chardev("dev/console", 5, 1)
    cpio.file("bin/busybox", busybox, 0o755)
    cpio.file("init", INIT.encode(), 0o755)
    cpio.file("modules", "".join(m + "\n" for m in modules).encode())
    for m in modules:
        cpio.file(f"lib/modules/{m}.ko", (kdir / "modules" / f"{m}.ko").read_bytes())
    for old in kdir.glob("initramfs-*.cpio"):
        old.unlink()
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(cpio.build())
    os.rename(tmp, path)
    return path


def _current(kdir: Path) -> bool:
    """Whether kdir holds the kernel with the modules MODULES asks for now."""
    try:
        meta = json.loads((kdir / "kernel.json").read_text())
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and meta.get("requested") == list(MODULES)


def prepare(cache: Path | None = None) -> VmAssets:
    """Fetch the kernel and build the initramfs into the cache, once per kernel version.

    Fast when already done (one ``apt-cache depends``). Raises VmUnavailable with the reason.
    """
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        raise VmUnavailable(f"the SCTP VM needs an x86_64 Linux host, not {platform.system()} {platform.machine()}")
    cache = (cache or Path(os.environ.get("SCTP_VM_CACHE", DEFAULT_CACHE))).resolve()
    cache.mkdir(parents=True, exist_ok=True)
    package = _kernel_package(cache)
    kver = package.removeprefix("linux-image-")
    kdir = cache / kver
    with _locked(cache / ".lock"):
        if not _current(kdir):
            older = [p.parent for p in cache.glob("*/kernel.json")]
            try:
                _prepare_kernel(package, kver, kdir)
            except VmUnavailable:
                if not older:
                    raise
                kdir, kver = older[0], older[0].name  # offline: the kernel cached before
            else:
                for old in older:  # the kernel linux-image-amd64 depended on before
                    if old != kdir:
                        shutil.rmtree(old, ignore_errors=True)
        meta = json.loads((kdir / "kernel.json").read_text())
        initramfs = _initramfs(kdir, meta["modules"])
    return VmAssets(kernel_version=kver, kernel=kdir / str(meta["kernel"]), initramfs=initramfs)


def unavailable_reason(cache: Path | None = None) -> str | None:
    """None when the VM can run here (the assets are then prepared), else why not."""
    try:
        _need(QEMU, "qemu-system-x86")
        prepare(cache)
    except VmUnavailable as e:
        return str(e)
    return None


# --- running -------------------------------------------------------------------------------------


def _job_script(argv: Sequence[str], cwd: str, env: Mapping[str, str]) -> str:
    if not argv:
        raise ValueError("no command")
    if "=" in argv[0]:
        raise ValueError(f"the command's name contains '=': {argv[0]!r}")
    for name in env:
        if not name or "=" in name:
            raise ValueError(f"bad environment variable name {name!r}")
    assignments = " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
    return f"cd -- {shlex.quote(cwd)} || exit 125\nexec /usr/bin/env -i {assignments} {shlex.join(argv)}\n"


def qemu_command(
    assets: VmAssets, job: Path, *, serial: Path, memory_mib: int = 1024, cpus: int = 1, accel: str = "tcg"
) -> list[str]:
    return [
        _need(QEMU, "qemu-system-x86"),
        "-nodefaults",
        "-no-user-config",
        "-machine",
        f"q35,accel={accel}",
        "-cpu",
        "max",
        "-m",
        str(memory_mib),
        "-smp",
        str(cpus),
        "-display",
        "none",
        "-vga",
        "none",
        "-monitor",
        "none",
        "-nic",
        "none",
        "-no-reboot",
        "-chardev",
        f"file,id=console,path={serial}",
        "-serial",
        "chardev:console",
        "-kernel",
        str(assets.kernel),
        "-initrd",
        str(assets.initramfs),
        "-append",
        KERNEL_CMDLINE,
        "-fsdev",
        "local,id=hostroot,path=/,security_model=none,readonly=on,multidevs=remap",
        "-device",
        "virtio-9p-pci,fsdev=hostroot,mount_tag=hostroot",
        "-fsdev",
        f"local,id=job,path={job},security_model=none",
        "-device",
        "virtio-9p-pci,fsdev=job,mount_tag=job",
    ]


def run_in_vm(
    argv: Sequence[str],
    *,
    cwd: str,
    env: Mapping[str, str],
    timeout: float,
    assets: VmAssets | None = None,
    memory_mib: int = 1024,
    cpus: int = 1,
    accel: str = "tcg",
) -> VmResult:
    """Boot the VM, run argv in cwd with exactly the environment env, power off.

    The guest sees the host's files at the same paths (its writes go to a tmpfs and are lost);
    it has loopback only. qemu is killed by its PID when timeout seconds pass or on any
    exception, and by the kernel should this process be killed (setpriv --pdeathsig).

    One virtual CPU by default: under TCG on a busy two-core host, a second one made runs slower
    and far less predictable (6 to 35 s against a steady 6 s for tests/vm/guest_smoke.py). The
    guest caches what it reads of the host's files (9p cache=loose): files the host changes
    while the guest runs may be seen stale.
    """
    if assets is None:
        assets = prepare()
    with tempfile.TemporaryDirectory(prefix="sctp-vm-") as tmp:
        job = Path(tmp) / "job"
        job.mkdir()
        (job / "job.sh").write_text(_job_script(argv, cwd, env))
        serial = Path(tmp) / "console"
        qemu_log = Path(tmp) / "qemu.log"
        command = qemu_command(assets, job, serial=serial, memory_mib=memory_mib, cpus=cpus, accel=accel)
        timed_out = False
        start = time.monotonic()
        setpriv = _which("setpriv")  # util-linux: qemu gets SIGKILL should this process die first
        if setpriv is not None:
            command = [setpriv, "--pdeathsig", "KILL", "--", *command]
        with open(qemu_log, "wb") as log:
            qemu = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        try:
            try:
                qemu.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
        finally:
            if qemu.poll() is None:
                os.kill(qemu.pid, signal.SIGKILL)
                qemu.wait()
        seconds = time.monotonic() - start
        console = serial.read_text(errors="replace") if serial.exists() else ""
        printed = qemu_log.read_text(errors="replace").strip()
        if printed:
            console += f"\n[{QEMU}, exit status {qemu.returncode}]\n{printed}\n"
        status_file = job / "status"
        status = int(status_file.read_text()) if status_file.exists() else None
        output_file = job / "output"
        output = output_file.read_text(errors="replace") if output_file.exists() else ""
    return VmResult(status=status, output=output, console=console, timed_out=timed_out, seconds=seconds)


def main(args: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--prepare", action="store_true", help="only fetch and build the assets")
    parser.add_argument("--cwd", default=os.getcwd(), help="working directory in the guest (default: here)")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--cpus", type=int, default=1)
    parser.add_argument("--memory", type=int, default=1024, help="MiB")
    parser.add_argument("--accel", default="tcg", help="tcg (default) or kvm")
    parser.add_argument("--console", action="store_true", help="print the serial console too")
    parser.add_argument("command", nargs="*", help="the command to run in the guest (after --)")
    options = parser.parse_args(args)
    try:
        assets = prepare()
    except VmUnavailable as e:
        print(f"sctp-vm: unavailable: {e}", file=sys.stderr)
        return 2
    if options.prepare:
        print(f"kernel {assets.kernel_version}: {assets.kernel}\ninitramfs: {assets.initramfs}")
        return 0
    if not options.command:
        parser.error("no command")
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TERM", "USER", "VIRTUAL_ENV")}
    result = run_in_vm(
        options.command,
        cwd=options.cwd,
        env=env,
        timeout=options.timeout,
        assets=assets,
        memory_mib=options.memory,
        cpus=options.cpus,
        accel=options.accel,
    )
    if options.console or result.status is None:
        sys.stderr.write(result.console)
    sys.stdout.write(result.output)
    what = "timed out" if result.timed_out else f"exit status {result.status}"
    print(f"sctp-vm: {what} after {result.seconds:.1f} s (kernel {assets.kernel_version})", file=sys.stderr)
    return 124 if result.status is None else result.status


if __name__ == "__main__":
    sys.exit(main())
