#include "addressparser.h"

#include <limits>

namespace pcitopo {

namespace {

bool isCSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

int digitValue(QChar c) {
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'z')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return 99;
}

// strtoul/strtol's digits: returns the magnitude, or nothing when no digit or overflow.
std::optional<quint64> parseDigits(QStringView digits, int base) {
    if (digits.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : digits) {
        const int digit = digitValue(c);
        if (digit >= base)
            return std::nullopt;
        value = value * quint64(base) + quint64(digit);
        if (value > quint64(std::numeric_limits<uint>::max()) + 1)
            return std::nullopt;
    }
    return value;
}

int detectBase(QStringView& text) {
    if (text.size() > 2 && text[0] == u'0' && (text[1] == u'x' || text[1] == u'X') &&
        digitValue(text[2]) < 16) {
        text = text.mid(2);
        return 16;
    }
    return text.startsWith(u'0') ? 8 : 10;
}

QString invalidUnsigned(const QString& name, const QString& value) {
    return QStringLiteral("Invalid value for attribute '%1' in element 'address': '%2'. Expected "
                          "non-negative integer value")
        .arg(name, value);
}

} // namespace

std::optional<uint> parseLibvirtUnsigned(QStringView text) {
    qsizetype i = 0;
    while (i < text.size() && isCSpace(text[i]))
        ++i;
    if (i < text.size() && text[i] == u'+')
        ++i;
    QStringView digits = text.mid(i);
    const int base = detectBase(digits);
    const auto value = parseDigits(digits, base);
    if (!value || *value > std::numeric_limits<uint>::max())
        return std::nullopt;
    return uint(*value);
}

std::optional<int> parseLibvirtInt(QStringView text, int base) {
    qsizetype i = 0;
    while (i < text.size() && isCSpace(text[i]))
        ++i;
    const bool negative = i < text.size() && text[i] == u'-';
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        ++i;
    QStringView digits = text.mid(i);
    if (base == 0)
        base = detectBase(digits);
    const auto value = parseDigits(digits, base);
    const quint64 limit = quint64(std::numeric_limits<int>::max()) + (negative ? 1 : 0);
    if (!value || *value > limit)
        return std::nullopt;
    return negative ? int(-qint64(*value)) : int(*value);
}

PciAddressReading readPciAddress(const DomainDocument& document, ElementId address) {
    PciAddressReading reading;
    uint values[4] = {0, 0, 0, 0};
    static const char16_t* const names[4] = {u"domain", u"bus", u"slot", u"function"};
    for (int i = 0; i < 4; ++i) {
        const QString name = QString::fromUtf16(names[i]);
        if (!document.hasAttribute(address, name))
            continue;
        const QString value = document.attribute(address, name);
        const auto parsed = parseLibvirtUnsigned(value);
        if (!parsed) {
            reading.badAttribute = name;
            reading.message = invalidUnsigned(name, value);
            return reading;
        }
        values[i] = *parsed;
    }
    PciAddress pci;
    if (document.hasAttribute(address, u"multifunction")) {
        const QString value = document.attribute(address, u"multifunction");
        if (value != u"on" && value != u"off") {
            reading.badAttribute = QStringLiteral("multifunction");
            reading.message = QStringLiteral("Invalid value for attribute 'multifunction' in "
                                             "element 'address': '%1'.")
                                  .arg(value);
            return reading;
        }
        pci.multifunction = value == u"on";
    }
    const bool empty = values[0] == 0 && values[1] == 0 && values[2] == 0;
    QString range;
    if (!empty && values[1] > 0xFF)
        range =
            QStringLiteral("Invalid PCI address bus='0x%1', must be <= 0xFF").arg(values[1], 0, 16);
    else if (!empty && values[2] > 0x1F)
        range = QStringLiteral("Invalid PCI address slot='0x%1', must be <= 0x1F")
                    .arg(values[2], 0, 16);
    else if (!empty && values[3] > 7)
        range =
            QStringLiteral("Invalid PCI address function=0x%1, must be <= 7").arg(values[3], 0, 16);
    else if (values[0] > 0xFFFF)
        range = QStringLiteral("Invalid PCI address domain='0x%1'").arg(values[0], 0, 16);
    if (!range.isEmpty()) {
        reading.message = range;
        return reading;
    }
    pci.domain = int(values[0]);
    pci.bus = int(values[1]);
    pci.slot = int(values[2]);
    pci.function = int(values[3]);
    reading.address = pci;
    return reading;
}

} // namespace pcitopo
