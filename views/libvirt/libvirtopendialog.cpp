#include "libvirtopendialog.h"

#include "backgroundtask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

struct Listing {
    std::optional<QList<LibvirtDomainInfo>> domains;
    QString error;
};

struct Fetched {
    std::optional<QString> xml;
    QString error;
};

LibvirtConnection::Access accessFor(bool readOnly) {
    return readOnly ? LibvirtConnection::Access::ReadOnly : LibvirtConnection::Access::ReadWrite;
}

} // namespace

LibvirtOpenDialog::LibvirtOpenDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Open from libvirt"));
    m_task = new BackgroundTask(this);
    m_uri = new QLineEdit(rememberedLibvirtUri(), this);
    m_uri->setAccessibleName(tr("Connection URI"));
    m_readOnly = new QCheckBox(tr("&Read-only connection"), this);
    m_readOnly->setChecked(rememberedLibvirtReadOnly());
    m_readOnly->setToolTip(tr("Reads only: Save to libvirt stays disabled for the domain"));
    m_listButton = new QPushButton(tr("&List Domains"), this);
    m_domains = new QTreeWidget(this);
    m_domains->setHeaderLabels({tr("Domain"), tr("State")});
    m_domains->setRootIsDecorated(false);
    m_domains->setAccessibleName(tr("Domains"));
    m_domains->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);

    auto* uriRow = new QHBoxLayout;
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(m_listButton);
    auto* form = new QFormLayout;
    // A label of its own with a buddy: QFormLayout's own label would show the '&' literally.
    auto* uriLabel = new QLabel(tr("&Connection:"), this);
    uriLabel->setBuddy(m_uri);
    form->addRow(uriLabel, uriRow);
    form->addRow(QString(), m_readOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_domains, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 420);

    connect(m_listButton, &QPushButton::clicked, this, &LibvirtOpenDialog::listDomains);
    connect(m_uri, &QLineEdit::returnPressed, this, &LibvirtOpenDialog::listDomains);
    connect(m_readOnly, &QCheckBox::toggled, this, &LibvirtOpenDialog::listDomains);
    connect(m_domains, &QTreeWidget::itemSelectionChanged, this, &LibvirtOpenDialog::updateButtons);
    connect(m_domains, &QTreeWidget::itemActivated, this, &LibvirtOpenDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LibvirtOpenDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_task, &BackgroundTask::busyChanged, this, &LibvirtOpenDialog::updateButtons);
    updateButtons();
}

LibvirtOpenDialog::~LibvirtOpenDialog() = default;

QPushButton* LibvirtOpenDialog::openButton() const {
    return m_buttons->button(QDialogButtonBox::Open);
}

void LibvirtOpenDialog::listDomains() {
    if (m_task->isBusy())
        return;
    const QString uri = m_uri->text().trimmed();
    const bool readOnly = m_readOnly->isChecked();
    m_domains->clear();
    m_status->setText(tr("Connecting to %1…").arg(uri));
    m_task->run<Listing>(
        [uri, readOnly] {
            Listing listing;
            const auto connection =
                LibvirtConnection::open(uri, accessFor(readOnly), &listing.error);
            if (connection)
                listing.domains = connection->listDomains(&listing.error);
            return listing;
        },
        [this, uri, readOnly](const Listing& listing) {
            if (listing.domains) {
                rememberLibvirtUri(uri);
                rememberLibvirtReadOnly(readOnly);
            }
            showDomains(listing.domains, listing.error);
        });
}

void LibvirtOpenDialog::showDomains(const std::optional<QList<LibvirtDomainInfo>>& domains,
                                    const QString& error) {
    if (!domains) {
        showError(error);
        return;
    }
    for (const LibvirtDomainInfo& domain : *domains) {
        auto* item = new QTreeWidgetItem(
            m_domains, {domain.name, domain.active ? tr("running") : tr("shut off")});
        item->setToolTip(1, domain.active ? tr("Opening reads its persistent configuration; "
                                               "the running domain is never changed")
                                          : QString());
    }
    m_status->setText(domains->isEmpty() ? tr("No domains on %1.").arg(m_uri->text())
                                         : tr("%n domain(s).", nullptr, int(domains->size())));
    if (m_domains->topLevelItemCount() > 0)
        m_domains->setCurrentItem(m_domains->topLevelItem(0));
    updateButtons();
    emit listed(int(domains->size()));
}

void LibvirtOpenDialog::openSelected() {
    const QTreeWidgetItem* item = m_domains->currentItem();
    if (!item || m_task->isBusy())
        return;
    const LibvirtOrigin origin{m_uri->text().trimmed(), m_readOnly->isChecked(), item->text(0)};
    m_status->setText(tr("Reading %1…").arg(origin.domain));
    m_task->run<Fetched>(
        [origin] {
            Fetched fetched;
            const auto connection =
                LibvirtConnection::open(origin.uri, accessFor(origin.readOnly), &fetched.error);
            // A read-only connection may not ask for the secure XML (graphics passwords).
            if (connection)
                fetched.xml =
                    connection->inactiveXml(origin.domain, !origin.readOnly, &fetched.error);
            return fetched;
        },
        [this, origin](const Fetched& fetched) {
            if (!fetched.xml) {
                showError(fetched.error);
                return;
            }
            m_xml = fetched.xml->toUtf8();
            m_origin = origin;
            accept();
        });
}

void LibvirtOpenDialog::showError(const QString& message) {
    m_status->setText(tr("libvirt: %1").arg(message));
    updateButtons();
    emit failed(message);
}

void LibvirtOpenDialog::updateButtons() {
    const bool busy = m_task->isBusy();
    m_listButton->setEnabled(!busy);
    openButton()->setEnabled(!busy && m_domains->currentItem() != nullptr);
}

} // namespace pcitopo
