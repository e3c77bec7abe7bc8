#include "rulesource.h"

#include "rules/ruletable_p.h"

#include <QTextStream>
#include <algorithm>

namespace pcitopo {

namespace {

// A QStringLiteral that reads back the same string: printable ASCII as is, the rest escaped.
QString literal(const QString& text) {
    QString out = QStringLiteral("QStringLiteral(\"");
    for (const char32_t c : text.toUcs4()) {
        if (c == '"' || c == '\\')
            out += u'\\' + QChar(c);
        else if (c >= 0x20 && c < 0x7f)
            out += QChar(c);
        else if (c <= 0xffff)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
    }
    return out + QStringLiteral("\")");
}

QString literalList(const QStringList& list) {
    QStringList items;
    for (const QString& s : list)
        items.append(literal(s));
    return u'{' + items.join(QStringLiteral(", ")) + u'}';
}

QString machine(Machine m) {
    return m == Machine::Q35 ? QStringLiteral("Machine::Q35") : QStringLiteral("Machine::Pc");
}

QString flags(ConnectFlags f) {
    return QStringLiteral("ConnectFlags(ConnectFlag(0x%1))").arg(uint(f.toInt()), 0, 16);
}

QString connection(ConnectionKind kind) {
    static const char* const names[] = {"None",       "Pci",        "Pcie",
                                        "Integrated", "Controller", "Invalid"};
    return QStringLiteral("ConnectionKind::") + QLatin1String(names[int(kind)]);
}

QString boolean(bool b) {
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Writes `.name = value,` lines inside `Type{ … }`, indented for the generated file.
class Aggregate {
public:
    Aggregate(QString& out, const QString& type, int indent) : m_out(out), m_indent(indent) {
        m_out += type + QStringLiteral("{\n");
    }
    Aggregate& field(const char* name, const QString& value) {
        m_out += QString(m_indent + 4, u' ') + u'.' + QLatin1String(name) + QStringLiteral(" = ") +
                 value + QStringLiteral(",\n");
        return *this;
    }
    Aggregate& field(const char* name, int value) { return field(name, QString::number(value)); }
    void close(const char* after = ",\n") {
        m_out += QString(m_indent, u' ') + u'}' + QLatin1String(after);
    }

private:
    QString& m_out;
    int m_indent;
};

QString ruleInfo(const RuleInfo& info, int indent) {
    QString out;
    Aggregate(out, QStringLiteral("RuleInfo"), indent)
        .field("key", literal(info.key))
        .field("title", literal(info.title))
        .field("message", literal(info.message))
        .field("teaching", literal(info.teaching))
        .field("source", literal(info.source))
        .close("");
    return out;
}

// `d.member = { item, item, … };` with each item written by `write` at indent 8.
template <typename List, typename Write>
void assignList(QString& out, const char* member, const List& list, Write write) {
    out += QStringLiteral("    d.") + QLatin1String(member) + QStringLiteral(" = {\n");
    for (const auto& item : list) {
        out += QStringLiteral("        ");
        write(out, item);
    }
    out += QStringLiteral("    };\n");
}

// A list field of a row: `{`, one aggregate per item written by `write` at indent 16, `}`.
template <typename List, typename Write>
QString nestedList(const List& list, Write write) {
    QString out = QStringLiteral("{\n");
    for (const auto& item : list) {
        out += QString(16, u' ');
        write(out, item);
    }
    return out + QString(12, u' ') + u'}';
}

void writeController(QString& out, const ControllerModelRule& c) {
    QStringList machines;
    for (Machine m : c.machines)
        machines.append(machine(m));
    const QString attributes =
        nestedList(c.targetAttributes, [](QString& o, const TargetAttributeRule& t) {
            Aggregate(o, QStringLiteral("TargetAttributeRule"), 16)
                .field("name", literal(t.name))
                .field("optionName", literal(t.optionName))
                .field("min", t.min)
                .field("max", t.max)
                .field("defaultRule", literal(t.defaultRule))
                .close();
        });
    Aggregate(out, QStringLiteral("ControllerModelRule"), 8)
        .field("model", literal(c.model))
        .field("displayName", literal(c.displayName))
        .field("defaultModelName", literal(c.defaultModelName))
        .field("modelNames", literalList(c.modelNames))
        .field("machines", u'{' + machines.join(QStringLiteral(", ")) + u'}')
        .field("deviceFlags", flags(c.deviceFlags))
        .field("busFlags", flags(c.busFlags))
        .field("minSlot", c.minSlot)
        .field("maxSlot", c.maxSlot)
        .field("isRoot", boolean(c.isRoot))
        .field("hotplugOption", boolean(c.hotplugOption))
        .field("autoAdded", boolean(c.autoAdded))
        .field("targetAttributes", attributes)
        .field("plugsIntoText", literal(c.plugsIntoText))
        .field("info", ruleInfo(c.info, 12))
        .close();
}

void writeEndpoint(QString& out, const EndpointRule& e) {
    const QString refusals = nestedList(e.refusals, [](QString& o, const DeviceRefusal& r) {
        Aggregate(o, QStringLiteral("DeviceRefusal"), 16)
            .field("unless", literal(r.unless))
            .field("message", literal(r.message))
            .close();
    });
    Aggregate(out, QStringLiteral("EndpointRule"), 8)
        .field("id", literal(e.id))
        .field("element", literal(e.element))
        .field("displayName", literal(e.displayName))
        .field("qemuDevice", literal(e.qemuDevice))
        .field("defaultModel", literal(e.defaultModel))
        .field("q35", connection(e.q35))
        .field("pc", connection(e.pc))
        .field("transitional", boolean(e.transitional))
        .field("defaultAddressType", literal(e.defaultAddressType))
        .field("ignoresAddress", boolean(e.ignoresAddress))
        .field("refusals", refusals)
        .field("info", ruleInfo(e.info, 12))
        .close();
}

void writeMatches(QString& out, const QList<FieldMatch>& matches) {
    QStringList items;
    for (const FieldMatch& m : matches)
        items.append(
            QStringLiteral("FieldMatch{%1, %2}").arg(literal(m.field), literalList(m.values)));
    out += u'{' + items.join(QStringLiteral(", ")) + QStringLiteral("},\n");
}

void writeReserved(QString& out, const ReservedAddressRule& r) {
    Aggregate(out, QStringLiteral("ReservedAddressRule"), 8)
        .field("machine", machine(r.machine))
        .field("slot", r.slot)
        .field("function", r.function)
        .field("what", literal(r.what))
        .field("behaviour", literal(r.behaviour))
        .field("info", ruleInfo(r.info, 12))
        .close();
}

void writePalette(QString& out, const PaletteEntry& p) {
    Aggregate(out, QStringLiteral("PaletteEntry"), 8)
        .field("id", literal(p.id))
        .field("group", literal(p.group))
        .field("displayName", literal(p.displayName))
        .field("xmlTemplate", literal(p.xmlTemplate))
        .field("endpointRuleId", literal(p.endpointRuleId))
        .field("teaching", literal(p.teaching))
        .close();
}

void writeMachines(QString& out, const RuleTable::Data& d) {
    for (int i = 0; i < 2; ++i) {
        const MachineRule& m = d.machines[i];
        out += QStringLiteral("    d.machines[%1] = ").arg(i);
        Aggregate(out, QStringLiteral("MachineRule"), 4)
            .field("machine", machine(m.machine))
            .field("rootModel", literal(m.rootModel))
            .field("defaultBusModel", literal(m.defaultBusModel))
            .field("implicitUsbModel", literal(m.implicitUsbModel))
            .field("implicitSata", boolean(m.implicitSata))
            .field("primaryVideoSlot", m.primaryVideoSlot)
            .close(";\n");
    }
}

QString severity(Severity s) {
    return QStringLiteral("Severity::") + (s == Severity::Error     ? QStringLiteral("Error")
                                           : s == Severity::Warning ? QStringLiteral("Warning")
                                                                    : QStringLiteral("Info"));
}

} // namespace

QString ruleTableSource(const RuleTable& table) {
    const RuleTable::Data& d = table.data();
    QString out;
    writeMachines(out, d);
    out += QStringLiteral("    d.implicitMemballoonModel = %1;\n")
               .arg(literal(d.implicitMemballoonModel));
    out += QStringLiteral("    d.implicitVideoModel = %1;\n").arg(literal(d.implicitVideoModel));
    assignList(out, "kindTexts", d.kindTexts, [](QString& o, const KindText& k) {
        o += QStringLiteral("KindText{ConnectFlag(0x%1), %2},\n")
                 .arg(uint(k.flag), 0, 16)
                 .arg(literal(k.text));
    });
    assignList(out, "rules", d.rules,
               [](QString& o, const RuleInfo& r) { o += ruleInfo(r, 8) + QStringLiteral(",\n"); });
    assignList(out, "controllers", d.controllers, writeController);
    QStringList prefixes = d.diskBusFromPrefix.keys();
    std::sort(prefixes.begin(), prefixes.end()); // QHash order differs from run to run
    for (const QString& prefix : prefixes)
        out += QStringLiteral("    d.diskBusFromPrefix.insert(%1, %2);\n")
                   .arg(literal(prefix), literal(d.diskBusFromPrefix.value(prefix)));
    assignList(out, "endpoints", d.endpoints, writeEndpoint);
    assignList(out, "endpointMatches", d.endpointMatches, writeMatches);
    assignList(out, "reserved", d.reserved, writeReserved);
    out += QStringLiteral("    d.paletteGroups = %1;\n").arg(literalList(d.paletteGroups));
    assignList(out, "palette", d.palette, writePalette);
    return out;
}

QString diagnosticCatalogueSource(const DiagnosticCatalogue& catalogue) {
    QString out = QStringLiteral("    return {\n");
    for (const DiagnosticSpec& s : catalogue.entries()) {
        out += QStringLiteral("        ");
        Aggregate(out, QStringLiteral("DiagnosticSpec"), 8)
            .field("code", literal(s.code))
            .field("severity", severity(s.severity))
            .field("stage", literal(s.stage))
            .field("rule", literal(s.rule))
            .field("messageTemplate", literal(s.messageTemplate))
            .field("explanation", literal(s.explanation))
            .field("fixKind", QStringLiteral("FixKind(%1)").arg(int(s.fixKind)))
            .field("source", literal(s.source))
            .close();
    }
    return out + QStringLiteral("    };\n");
}

QString compiledRulesTranslationUnit(const RuleTable& table, const DiagnosticCatalogue& catalogue) {
    return QStringLiteral(
               "// Generated by pcitopo-rulegen from resources/rules/*.json. Do not edit.\n"
               "#include \"rules/ruletable_p.h\"\n"
               "#include \"validation/diagnosticcatalogue.h\"\n\n"
               "namespace pcitopo {\n\n"
               "void fillCompiledRuleData(RuleTable::Data& d) {\n") +
           ruleTableSource(table) +
           QStringLiteral("}\n\nQList<DiagnosticSpec> compiledDiagnostics() {\n") +
           diagnosticCatalogueSource(catalogue) + QStringLiteral("}\n\n} // namespace pcitopo\n");
}

} // namespace pcitopo
