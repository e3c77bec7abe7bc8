#include "xmlscanner.h"

namespace pcitopo::detail {

namespace {

int decodeReference(QStringView ref, QString& out) {
    // `ref` starts at '&'; returns the length consumed, 0 when it is not a known reference.
    const int semicolon = ref.indexOf(u';');
    if (semicolon < 2 || semicolon > 12)
        return 0;
    const QStringView name = ref.mid(1, semicolon - 1);
    static const std::pair<const char16_t*, char16_t> named[] = {
        {u"lt", u'<'}, {u"gt", u'>'}, {u"amp", u'&'}, {u"apos", u'\''}, {u"quot", u'"'}};
    for (const auto& [entity, character] : named) {
        if (name == QStringView(entity)) {
            out += QChar(character);
            return semicolon + 1;
        }
    }
    if (!name.startsWith(u'#'))
        return 0;
    bool ok = false;
    const uint code =
        name.startsWith(u"#x") ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
    if (!ok)
        return 0;
    out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
    return semicolon + 1;
}

QString unescape(QStringView raw, bool normalizeSpaces) {
    QString out;
    out.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == u'&') {
            if (const int used = decodeReference(raw.mid(i), out)) {
                i += used - 1;
                continue;
            }
        } else if (normalizeSpaces && (c == u'\n' || c == u'\t' || c == u'\r')) {
            if (c == u'\r' && i + 1 < raw.size() && raw[i + 1] == u'\n')
                ++i;
            out += u' ';
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QString unescapeXml(QStringView text) {
    return unescape(text, false);
}

QString unescapeAttributeValue(QStringView raw) {
    return unescape(raw, true);
}

QString escapeAttributeValue(const QString& value, QChar quote) {
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == quote)
            out += quote == u'"' ? QLatin1String("&quot;") : QLatin1String("&apos;");
        else if (c == u'\n')
            out += QLatin1String("&#10;");
        else if (c == u'\t')
            out += QLatin1String("&#9;");
        else if (c == u'\r')
            out += QLatin1String("&#13;");
        else
            out += c;
    }
    return out;
}

} // namespace pcitopo::detail
