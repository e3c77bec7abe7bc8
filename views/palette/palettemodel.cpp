#include "palettemodel.h"

#include "common/mimetypes.h"
#include "common/theme.h"
#include "rules/ruletext.h"

#include <QMimeData>

namespace pcitopo {

PaletteModel::PaletteModel(const RuleTable& rules, QObject* parent)
    : QStandardItemModel(parent), m_rules(rules) {
    rebuild();
}

void PaletteModel::setMachine(Machine machine) {
    if (machine == m_machine)
        return;
    m_machine = machine;
    rebuild();
}

QString PaletteModel::busKindText(const PaletteEntry& entry) const {
    if (entry.endpointRuleId.startsWith(u"controller-pci:")) {
        const ControllerModelRule* rule =
            m_rules.controllerModel(entry.endpointRuleId.section(u':', 1));
        if (rule && !rule->allowedOn(m_machine))
            return tr("not on %1").arg(machineName(m_machine));
        return tr("controller");
    }
    for (const EndpointRule& rule : m_rules.endpointRules()) {
        if (rule.id != entry.endpointRuleId)
            continue;
        switch (rule.connection(m_machine)) {
        case ConnectionKind::Pci:
            return tr("PCI");
        case ConnectionKind::Pcie:
            return m_machine == Machine::Q35 ? tr("PCIe") : tr("PCI");
        case ConnectionKind::Integrated:
            return tr("integrated");
        case ConnectionKind::Invalid:
            return tr("unsupported");
        default:
            return tr("no PCI address");
        }
    }
    return {};
}

void PaletteModel::rebuild() {
    clear();
    setHorizontalHeaderLabels({tr("Device"), tr("Bus")});
    QHash<QString, QStandardItem*> groups;
    for (const QString& group : m_rules.paletteGroups()) {
        auto* item = new QStandardItem(translatedRuleText(group));
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        appendRow({item, new QStandardItem});
        groups.insert(group, item);
    }
    for (const PaletteEntry& entry : m_rules.palette()) {
        QStandardItem* group = groups.value(entry.group);
        if (!group) {
            group = new QStandardItem(translatedRuleText(entry.group));
            group->setFlags(Qt::ItemIsEnabled);
            appendRow({group, new QStandardItem});
            groups.insert(entry.group, group);
        }
        auto* item = new QStandardItem(theme::icon(theme::paletteIconName(entry.group, entry.id)),
                                       translatedRuleText(entry.displayName));
        item->setData(entry.id, EntryIdRole);
        // Both languages find the entry: the search box may be fed either.
        item->setData(QStringList{entry.displayName, translatedRuleText(entry.displayName),
                                  entry.id, entry.group, translatedRuleText(entry.group)}
                          .join(u' '),
                      SearchTextRole);
        item->setToolTip(translatedRuleText(entry.teaching));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        auto* kind = new QStandardItem(busKindText(entry));
        kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        kind->setData(entry.id, EntryIdRole);
        kind->setToolTip(translatedRuleText(entry.teaching));
        group->appendRow({item, kind});
    }
}

QStringList PaletteModel::mimeTypes() const {
    return {QString(mime::PaletteEntry)};
}

QMimeData* PaletteModel::mimeData(const QModelIndexList& indexes) const {
    for (const QModelIndex& index : indexes) {
        const QString id = index.data(EntryIdRole).toString();
        if (id.isEmpty())
            continue;
        auto* data = new QMimeData;
        data->setData(QString(mime::PaletteEntry), id.toUtf8());
        data->setText(index.siblingAtColumn(0).data().toString());
        return data;
    }
    return nullptr;
}

} // namespace pcitopo
