#include "placement/hostpciprobe.h"

#include <QFile>
#include <QFileInfo>

namespace pcitopo {

namespace {

constexpr int statusRegister = 0x06;
constexpr int statusCapabilityList = 0x10;
constexpr int capabilityPointer = 0x34;
constexpr int headerLength = 0x40;
constexpr int expressCapability = 0x10;
constexpr int capabilityTtl = 48; // PCI_FIND_CAP_TTL

// virPCIDeviceFindCapabilityOffset: the capability's offset, 0 when absent, nullopt when the
// config space cannot be read far enough.
std::optional<int> findCapability(const QByteArray& config, int id) {
    const auto byte = [&config](int offset) -> std::optional<int> {
        if (offset < 0 || offset >= config.size()) {
            return std::nullopt;
        }
        return quint8(config.at(offset));
    };
    const auto statusLow = byte(statusRegister);
    if (!statusLow) {
        return std::nullopt;
    }
    if (!(*statusLow & statusCapabilityList)) {
        return 0;
    }
    auto pos = byte(capabilityPointer);
    for (int ttl = capabilityTtl; pos && ttl > 0 && *pos >= headerLength; --ttl) {
        const int at = *pos & ~3;
        const auto capability = byte(at);
        if (!capability) {
            return std::nullopt;
        }
        if (*capability == id) {
            return at;
        }
        pos = byte(at + 1);
    }
    return pos ? std::optional<int>(0) : std::nullopt;
}

} // namespace

QString hostPciConfigPath(const PciAddress& a, const QString& sysfsRoot) {
    const QString root = sysfsRoot.isEmpty() ? QStringLiteral("/sys/bus/pci/devices") : sysfsRoot;
    return QStringLiteral("%1/%2:%3:%4.%5/config")
        .arg(root)
        .arg(a.domain, 4, 16, QLatin1Char('0'))
        .arg(a.bus, 2, 16, QLatin1Char('0'))
        .arg(a.slot, 2, 16, QLatin1Char('0'))
        .arg(a.function, 1, 16);
}

bool configSpaceIsPciExpress(const QByteArray& config, qint64 fileLength) {
    if (const std::optional<int> offset = findCapability(config, expressCapability)) {
        return *offset != 0;
    }
    return fileLength != 256;
}

std::optional<bool> probeLocalHostPciDevice(const PciAddress& hostAddress) {
    QFile file(hostPciConfigPath(hostAddress));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray config = file.read(4096);
    return configSpaceIsPciExpress(config, QFileInfo(file).size());
}

} // namespace pcitopo
