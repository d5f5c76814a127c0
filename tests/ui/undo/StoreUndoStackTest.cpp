// The one undo style (StoreCommand, StoreUndoStack): a refused first redo comes back from run()
// and leaves the history as it was; a later refused undo or redo is reported once by failed()
// and dropped, so that the next step does not build on a change that did not happen. The
// commands here change a plain value; the store-backed commands are tested with their views.
#include "undo/StoreUndoStack.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include <optional>

using namespace gradus;

namespace {

// Adds `step` to `value`; refuses while `refusal` holds an error.
class AddCommand final : public StoreCommand
{
public:
    AddCommand(int& value, int step, std::optional<Error>& refusal, int& firstRedos)
        : StoreCommand(QStringLiteral("Add %1").arg(step)), m_value(value), m_step(step),
          m_refusal(refusal), m_firstRedos(firstRedos)
    {
    }

private:
    Status applyRedo() override
    {
        if (firstRedo())
            ++m_firstRedos;
        if (m_refusal)
            return *m_refusal;
        m_value += m_step;
        return {};
    }
    Status applyUndo() override
    {
        if (m_refusal)
            return *m_refusal;
        m_value -= m_step;
        return {};
    }

    int& m_value;
    int m_step;
    std::optional<Error>& m_refusal;
    int& m_firstRedos;
};

class StoreUndoStackTest : public testing::Test
{
protected:
    AddCommand* add(int step) { return new AddCommand(value, step, refusal, firstRedos); }

    StoreUndoStack stack;
    int value = 0;
    int firstRedos = 0;
    std::optional<Error> refusal;
};

TEST_F(StoreUndoStackTest, AChangeIsMadeOnceAndStacked)
{
    ASSERT_TRUE(stack.run(add(2)));
    EXPECT_EQ(value, 2);
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(stack.undoText(), QStringLiteral("Add 2"));
    stack.undo();
    EXPECT_EQ(value, 0);
    stack.redo();
    EXPECT_EQ(value, 2);
    EXPECT_EQ(firstRedos, 1) << "only the change made by run() is a first redo";
}

TEST_F(StoreUndoStackTest, AFirstRefusalComesBackAndLeavesTheHistoryAsItWas)
{
    ASSERT_TRUE(stack.run(add(1)));
    QSignalSpy failed(&stack, &StoreUndoStack::failed);
    refusal = Error{QStringLiteral("test.refused"), QStringLiteral("Refused here.")};
    const Status st = stack.run(add(5));
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("test.refused"));
    EXPECT_EQ(st.error().message, QStringLiteral("Refused here."));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(stack.undoText(), QStringLiteral("Add 1"));
    EXPECT_EQ(failed.count(), 0) << "the caller shows it; the stack does not report it again";
    EXPECT_EQ(value, 1);
}

TEST_F(StoreUndoStackTest, ALaterRefusedUndoIsReportedOnceAndDropped)
{
    ASSERT_TRUE(stack.run(add(1)));
    ASSERT_TRUE(stack.run(add(3)));
    QSignalSpy failed(&stack, &StoreUndoStack::failed);
    refusal = Error{QStringLiteral("test.conflict"), QStringLiteral("Changed at another desk.")};
    stack.undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][0].toString(), QStringLiteral("Add 3"));
    EXPECT_EQ(failed[0][1].value<Error>().code, QStringLiteral("test.conflict"));
    EXPECT_EQ(value, 4) << "nothing was undone";
    EXPECT_EQ(stack.count(), 1);
    EXPECT_FALSE(stack.canRedo()) << "a step that failed is not offered again";
    refusal.reset();
    stack.undo();
    EXPECT_EQ(value, 3) << "the step below is undone as it was made";
}

TEST_F(StoreUndoStackTest, ALaterRefusedRedoIsReportedOnceAndDropped)
{
    ASSERT_TRUE(stack.run(add(1)));
    ASSERT_TRUE(stack.run(add(3)));
    stack.undo();
    stack.undo();
    QSignalSpy failed(&stack, &StoreUndoStack::failed);
    refusal = Error{QStringLiteral("test.gone"), QStringLiteral("The database went away.")};
    stack.redo();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(value, 0);
    EXPECT_EQ(stack.count(), 1) << "the refused step is gone, the one above it stays";
    refusal.reset();
    stack.redo();
    EXPECT_EQ(value, 3);
}

} // namespace
