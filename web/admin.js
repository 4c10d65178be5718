/* charla staff pages: keyboard actions for the queue. */
