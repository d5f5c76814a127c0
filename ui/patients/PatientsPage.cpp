#include "patients/PatientsPage.h"
#include "PlainMessageBox.h"

#include "Workspace.h"
#include "patients/DemoOffer.h"
#include "patients/PatientDialog.h"
#include "patients/PatientEditor.h"
#include "patients/PatientFilterProxy.h"
#include "patients/PatientListModel.h"
#include "patients/PatientView.h"
#include "style/Tones.h"
#include "undo/StoreUndoStack.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gradus {

PatientsPage::PatientsPage(Workspace& workspace, StoreUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("PatientsPage"));
    m_editor = new PatientEditor(workspace, undoStack, this);
    m_model = new PatientListModel(workspace, this, PatientListModel::Loading::InBackground);
    m_proxy = new PatientFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("patientsSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);
    splitter->addWidget(buildList());
    m_view = new PatientView(*m_editor, splitter);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 860});

    // Page-wide keys that do not reach other pages (which may use Ctrl+F for their own
    // search).
    auto* find = new QAction(tr("Find Patient"), this);
    find->setObjectName(QStringLiteral("actionFindPatient"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &PatientsPage::focusSearch);
    addAction(find);
    auto* add = new QAction(tr("New Patient…"), this);
    add->setObjectName(QStringLiteral("actionNewPatient"));
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QAction::triggered, this, &PatientsPage::newPatient);
    addAction(add);

    connect(m_view, &PatientView::statusMessage, this, &PatientsPage::statusMessage);
    connect(m_model, &PatientListModel::loadFailed, this,
            [this](const Error& error) { emit statusMessage(error.message); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PatientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PatientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PatientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PatientsPage::updateCount);
    updateCount();
}

QWidget* PatientsPage::buildList()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("patientListPanel"));
    panel->setMinimumWidth(300);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 8, 4, 8);

    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setPlaceholderText(tr("Search name, clinic no. or date of birth (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    auto* options = new QHBoxLayout;
    m_showArchived = new QCheckBox(tr("Show archived"), panel);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    options->addWidget(m_showArchived);
    options->addStretch(1);
    m_count = new QLabel(panel);
    m_count->setObjectName(QStringLiteral("patientCount"));
    tones::setTextTone(m_count, tones::Tone::Muted);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A fixed size, so that the text changing on every keystroke does not make Qt lay out
    // the whole window again (measured: ~4 ms per keystroke at 100,000 patients).
    const QString widest = QLocale().toString(999999);
    m_count->setFixedSize(
        std::max(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(widest, widest)),
                 m_count->fontMetrics().horizontalAdvance(
                     tr("%1 listed", nullptr, 999999).arg(widest))) +
            8,
        m_count->sizeHint().height());
    options->addWidget(m_count);
    layout->addLayout(options);

    m_listStack = new QStackedWidget(panel);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setAccessibleName(tr("Patients"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Fixed widths: "resize to contents" would measure all 100,000 rows.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    const QFontMetrics fm = m_table->fontMetrics();
    header->resizeSection(PatientListModel::DateOfBirth,
                          fm.horizontalAdvance(QStringLiteral("00 Mmm 0000")) + 20);
    header->resizeSection(PatientListModel::Age,
                          fm.horizontalAdvance(QStringLiteral("Age00")) + 16);
    header->resizeSection(PatientListModel::ClinicNumber,
                          fm.horizontalAdvance(QStringLiteral("DEMO-000000")) + 16);
    header->setSortIndicator(PatientListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_listStack->addWidget(m_table);

    auto* empty = new QWidget(m_listStack);
    empty->setObjectName(QStringLiteral("emptyPatientList"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto* emptyText =
        new QLabel(tr("<p><b>No patients yet</b></p><p>Add your first patient, or create fictional "
                      "demo patients to try Gradus.</p>"),
                   empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText);
    auto* addFirst = new QPushButton(tr("Add a Patient…"), empty);
    auto* demo = new QPushButton(tr("Create Demo Patients…"), empty);
    demo->setObjectName(QStringLiteral("createDemoPatients"));
    const int buttonWidth = std::max(addFirst->sizeHint().width(), demo->sizeHint().width()) + 24;
    for (QPushButton* b : {addFirst, demo}) {
        b->setMinimumWidth(buttonWidth);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(b);
        row->addStretch(1);
        emptyLayout->addLayout(row);
    }
    emptyLayout->addStretch(2);
    m_listStack->addWidget(empty);
    layout->addWidget(m_listStack, 1);

    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("&New Patient…"), panel);
    newButton->setObjectName(QStringLiteral("newPatient"));
    newButton->setToolTip(tr("Add a patient (Ctrl+N)"));
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Until a big clinic's list has arrived, a search asks the store; the proxy then filters
    // what came back by the same rules, and again the whole list when it arrives.
    connect(m_search, &QLineEdit::textChanged, m_model, &PatientListModel::showSearchResults);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PatientFilterProxy::setSearchText);
    connect(m_model, &PatientListModel::loaded, this, &PatientsPage::updateCount);
    connect(m_search, &QLineEdit::textChanged, this, &PatientsPage::updateCount);
    connect(m_search, &QLineEdit::returnPressed, this, &PatientsPage::openCurrent);
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &PatientFilterProxy::setShowArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, &PatientsPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientsPage::onCurrentRowChanged);
    connect(m_table, &QTableView::activated, this, &PatientsPage::openCurrent);
    connect(newButton, &QPushButton::clicked, this, &PatientsPage::newPatient);
    connect(addFirst, &QPushButton::clicked, this, &PatientsPage::newPatient);
    connect(demo, &QPushButton::clicked, this, &PatientsPage::createDemoPatients);
    return panel;
}

void PatientsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_listStack->setCurrentIndex(total == 0 && !m_model->isLoading() ? 1 : 0);
    m_count->setVisible(total > 0 || m_model->isLoading());
    if (m_model->isLoading())
        m_count->setText(tr("Loading…"));
    else if (m_search->text().trimmed().isEmpty() && !m_showArchived->isChecked())
        m_count->setText(tr("%1 listed", nullptr, int(shown)).arg(locale.toString(shown)));
    else
        m_count->setText(tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

void PatientsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_view->setPatientId(m_proxy->idAt(current.row()));
}

void PatientsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientsPage::openCurrent()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0) {
        current = m_proxy->index(0, 0);
        m_table->setCurrentIndex(current);
    }
    if (!current.isValid())
        return;
    m_view->setPatientId(m_proxy->idAt(current.row()));
    if (QWidget* tab = m_view->tabs()->currentWidget())
        tab->setFocus(Qt::OtherFocusReason);
    m_view->tabs()->setFocus(Qt::OtherFocusReason);
}

void PatientsPage::showPatient(qint64 patientId)
{
    int row = m_proxy->proxyRowOf(patientId);
    if (row < 0) {
        m_search->clear();
        if (m_model->rowOf(patientId) >= 0 && m_proxy->proxyRowOf(patientId) < 0)
            m_showArchived->setChecked(true);
        row = m_proxy->proxyRowOf(patientId);
    }
    if (row >= 0) {
        const QModelIndex index = m_proxy->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_view->setPatientId(patientId);
}

void PatientsPage::newPatient()
{
    qint64 added = 0;
    PatientDialog dialog(
        m_workspace, Patient(),
        [this, &added](const Patient& p) -> Status {
            auto id = m_editor->addPatient(p);
            if (!id)
                return id.error();
            added = *id;
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showPatient(added);
    emit statusMessage(tr("Added %1.").arg(dialog.record().fullName()));
}

void PatientsPage::createDemoPatients()
{
    if (offerDemoClinic(this, m_workspace))
        emit statusMessage(tr("Created %1 demo patients.", nullptr, kOfferedDemoPatients)
                               .arg(kOfferedDemoPatients));
}

bool PatientsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the search field walk the list, so a search never needs the mouse.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_proxy->rowCount() > 0) {
            const QModelIndex current = m_table->currentIndex();
            int row = current.isValid() ? current.row() + (key == Qt::Key_Down ? 1 : -1) : 0;
            row = std::clamp(row, 0, m_proxy->rowCount() - 1);
            m_table->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        m_search->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace gradus
