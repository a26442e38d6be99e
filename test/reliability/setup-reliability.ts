// Reliability tests run in Node (the server, child processes) with real Dexie databases
// on fake-indexeddb for the phones.
import 'fake-indexeddb/auto';
