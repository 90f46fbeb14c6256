import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to do when a document fails.
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Write an error record and go on (default).
    case skip
    /// Write the error record, then stop reading input.
    case stop
}

/// Settings of one batch run.
public struct RunSettings: Sendable {
    /// Worker threads; documents processed at once.
    public var jobs: Int
    public var onError: ErrorPolicy
    /// Documents held in memory at once (in flight or waiting to be written in order).
    public var window: Int
    /// Called from time to time with the figures so far (for a progress line).
    public var progress: (@Sendable (RunSummary) -> Void)?
    /// Process only the documents of this shard.
    public var shard: Shard?
    /// Documents (of the shard) already written by an interrupted run: skipped, not processed.
    public var resume: ResumePoint?

    public init(jobs: Int, onError: ErrorPolicy = .skip, window: Int? = nil, shard: Shard? = nil,
                resume: ResumePoint? = nil, progress: (@Sendable (RunSummary) -> Void)? = nil) {
        self.jobs = max(1, jobs)
        self.onError = onError
        self.window = max(window ?? self.jobs * 8, self.jobs)
        self.shard = shard
        self.resume = resume
        self.progress = progress
    }
}

/// Where an interrupted run stopped: how many records its output holds, and the id of the last
/// one (checked against the input, so a resume never appends to the output of other input).
public struct ResumePoint: Sendable, Equatable {
    public let records: Int
    /// Nil when the last record had no id (an unreadable input line).
    public let lastID: String?

    public init(records: Int, lastID: String?) {
        self.records = records
        self.lastID = lastID
    }
}

/// The input does not match the output being resumed.
public struct ResumeError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// The figures of a run, for the closing summary line.
public struct RunSummary: Sendable {
    public var documents = 0
    public var errors = 0
    public var inputBytes = 0
    public var seconds = 0.0
    /// True when `--on-error stop` ended the run early.
    public var stoppedEarly = false
    /// Records that an earlier, interrupted run had written (skipped by `--resume`).
    public var resumedRecords = 0
    /// Total input size in bytes when known before the run (plain files), for an ETA.
    public var expectedBytes: Int?
    /// Time spent in each pipeline step, in nanoseconds summed over worker threads.
    public var stepNanoseconds: [Int64] = []

    public var megabytesPerSecond: Double { seconds > 0 ? Double(inputBytes) / 1_000_000 / seconds : 0 }
    public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
}

/// Streams documents through a pipeline on several threads and hands the records to a sink in
/// input order.
///
/// The reader runs on the calling thread; each document is processed and serialised on a worker;
/// finished records wait in a reorder buffer until every earlier record has been written. A
/// window semaphore bounds the documents in memory, so memory stays flat for any corpus size.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public let settings: RunSettings

    public init(pipeline: Pipeline, settings: RunSettings) {
        self.pipeline = pipeline
        self.settings = settings
    }

    /// Processes every document of `files`, writing one record per document to `sink`.
    /// Throws only for input that cannot be read at all (a file that vanished, a read error) or
    /// when the sink fails; per-document problems become error records.
    public func run(_ files: [InputFile], into sink: any RecordSink) throws -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        var initial = RunSummary()
        initial.stepNanoseconds = Array(repeating: 0, count: pipeline.steps.count)
        initial.resumedRecords = settings.resume?.records ?? 0
        initial.expectedBytes = settings.shard == nil && settings.resume == nil ? InputResolver.totalSize(of: files) : nil
        let ordering = OrderedOutput(sink: sink, onError: settings.onError, window: settings.window,
                                     progress: settings.progress, started: started, initial: initial)
        let jobSlots = DispatchSemaphore(value: settings.jobs)
        let workers = DispatchQueue(label: "gloss.workers", attributes: .concurrent)
        let group = DispatchGroup()
        let pipeline = self.pipeline
        let shard = settings.shard
        let resume = settings.resume
        var ordinal = 0
        var skipped = 0
        var readError: (any Error)?
        do {
            try DocumentReader.read(files) { item in
                if let shard, !shard.contains(item) { return true }
                if let resume, skipped < resume.records {
                    skipped += 1
                    if skipped == resume.records, resume.lastID != nil, item.id != resume.lastID {
                        readError = ResumeError(message: "the output being resumed does not match the input: its record \(resume.records) has id '\(resume.lastID ?? "")' but input document \(resume.records) has id '\(item.id ?? "none")'; delete the partial output to start over")
                        return false
                    }
                    return true
                }
                ordering.waitForRoom()
                if ordering.shouldStop {
                    // Give the slot back: libdispatch traps when a semaphore is freed below its start value.
                    ordering.releaseRoom()
                    return false
                }
                jobSlots.wait()
                let position = ordinal
                ordinal += 1
                group.enter()
                workers.async {
                    let record = Self.process(item, pipeline: pipeline)
                    jobSlots.signal()
                    ordering.submit(position, record: record.bytes, failed: record.failed, inputBytes: item.byteCount, stepNanoseconds: record.stepNanoseconds)
                    group.leave()
                }
                return true
            }
            if let resume, skipped < resume.records, readError == nil {
                readError = ResumeError(message: "the output being resumed has \(resume.records) records but the input has only \(skipped) documents; delete the partial output to start over")
            }
        } catch {
            readError = error
        }
        group.wait()
        if let readError {
            // Every document read before the error has its record: write them out, then fail.
            ordering.flushWritten()
            throw readError
        }
        var summary = try ordering.finish()
        summary.seconds = Self.seconds(clock.now - started)
        return summary
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Runs the pipeline on one input item and serialises the result.
    static func process(_ item: InputItem, pipeline: Pipeline) -> (bytes: [UInt8], failed: Bool, stepNanoseconds: [Int64]) {
        var timing = [Int64](repeating: 0, count: pipeline.steps.count)
        switch item.payload {
        case .unreadable(let id, let message):
            return (RecordWriter.errorRecord(id: id, step: "read", message: message, file: item.file, line: item.line), true, timing)
        case .document(var document):
            do {
                try pipeline.run(&document, timing: &timing)
                return (RecordWriter.record(for: document), false, timing)
            } catch {
                return (RecordWriter.errorRecord(id: document.id, step: error.step, message: error.message, file: item.file, line: item.line), true, timing)
            }
        }
    }
}

/// Receives finished records in input order.
public protocol RecordSink: AnyObject, Sendable {
    /// Writes one record (without newline). Called under the runner's lock, in order.
    func write(_ record: [UInt8]) throws
    /// Writes out buffered records; called when no later record is ready yet. A sink may keep
    /// a little back for a short while (gzip output does, to make blocks worth compressing).
    func flush() throws
    /// Writes out every buffered record, holding nothing back: the run stops early.
    func flushAll() throws
    /// Called once after the last record.
    func finish() throws
}

extension RecordSink {
    public func flushAll() throws { try flush() }
}

/// The reorder buffer between workers and the sink.
final class OrderedOutput: Sendable {
    private struct State {
        var pending: [Int: (bytes: [UInt8], failed: Bool, inputBytes: Int)] = [:]
        var next = 0
        var summary = RunSummary()
        var stop = false
        var sinkError: (any Error)?
        var lastProgress: ContinuousClock.Instant
    }

    private let state: Locked<State>
    private let room: DispatchSemaphore
    private let sink: any RecordSink
    private let onError: ErrorPolicy
    private let progress: (@Sendable (RunSummary) -> Void)?
    private let started: ContinuousClock.Instant

    init(sink: any RecordSink, onError: ErrorPolicy, window: Int, progress: (@Sendable (RunSummary) -> Void)?,
         started: ContinuousClock.Instant, initial: RunSummary) {
        self.sink = sink
        self.onError = onError
        self.room = DispatchSemaphore(value: window)
        self.progress = progress
        self.started = started
        self.state = Locked(State(summary: initial, lastProgress: started))
    }

    /// Blocks the reader until a document slot is free.
    func waitForRoom() { room.wait() }

    /// Returns a slot taken by `waitForRoom` that no document will use.
    func releaseRoom() { room.signal() }

    var shouldStop: Bool { state.withLock { $0.stop || $0.sinkError != nil } }

    func submit(_ position: Int, record: [UInt8], failed: Bool, inputBytes: Int, stepNanoseconds: [Int64]) {
        var report: RunSummary?
        state.withLock { state in
            for (index, nanoseconds) in stepNanoseconds.enumerated() { state.summary.stepNanoseconds[index] += nanoseconds }
            state.pending[position] = (record, failed, inputBytes)
            while let ready = state.pending.removeValue(forKey: state.next) {
                state.next += 1
                defer { room.signal() }
                if state.stop || state.sinkError != nil { continue }
                do {
                    try sink.write(ready.bytes)
                } catch {
                    state.sinkError = error
                    continue
                }
                state.summary.documents += 1
                state.summary.inputBytes += ready.inputBytes
                if ready.failed {
                    state.summary.errors += 1
                    if onError == .stop {
                        state.stop = true
                        state.summary.stoppedEarly = true
                    }
                }
            }
            if state.pending.isEmpty, state.sinkError == nil {
                do { try sink.flush() } catch { state.sinkError = error }
            }
            if progress != nil {
                let now = ContinuousClock.now
                if now - state.lastProgress > .milliseconds(500) {
                    state.lastProgress = now
                    var figures = state.summary
                    figures.seconds = BatchRunner.seconds(now - started)
                    report = figures
                }
            }
        }
        if let report { progress?(report) }
    }

    /// Pushes the records written so far out of the sink's buffer; the run failed before its
    /// end, so the sink is left unfinished (an output file stays partial).
    func flushWritten() {
        state.withLock { state in
            if state.sinkError == nil { try? sink.flushAll() }
        }
    }

    func finish() throws -> RunSummary {
        let (summary, error) = state.withLock { ($0.summary, $0.sinkError) }
        if let error { throw error }
        try sink.finish()
        return summary
    }
}
