print("todo-bench")
