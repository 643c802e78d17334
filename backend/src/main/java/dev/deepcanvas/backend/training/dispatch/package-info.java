/**
 * How runs reach a worker: the job engine (db-scheduler, its queue in the database) that every role queues through
 * and that workers and single processes take runs from, the claim a worker takes on a run, the execution of a claimed
 * run on a training thread, the watcher that carries cancel requests and lost claims from the database to the jobs,
 * the workers table, and the start-up recovery of a single process.
 */
package dev.deepcanvas.backend.training.dispatch;
