#pragma once

struct StoreBatch;

// Told of every edit the document commits, after its data changed and before the batch is
// written to the file (a document without a file still tells). Review and change history
// follow the document through this one call instead of hooks in every mutator.
class DocumentListener
{
public:
    virtual ~DocumentListener() = default;
    virtual void documentCommitted(const StoreBatch &batch) = 0;
};
